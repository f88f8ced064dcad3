import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StoreActivityPage from '../../miniapp/src/store/activity/index';
import { todayInProgram } from '../../miniapp/src/lib/format';
import { addDaysToDate } from '@app/shared';
import { lifecycle } from './__mocks__/taro';
import { mockApi, signIn } from './fixtures';

const day = (date: string, items: unknown[] = []) => ({
  status: 200,
  body: {
    date,
    storeId: 'S001',
    items,
    totals: { purchases: 1, salesFen: 50000, refunds: 1, refundedFen: 1250, handouts: 0 },
  },
});

const purchase = {
  kind: 'purchase',
  at: '2026-11-23T05:29:00Z',
  id: 'p1',
  purchaseId: 'p1',
  receiptNo: 'R1001',
  memberNo: '15184754',
  nickname: '晨光美式',
  amountFen: 50000,
  points: 500,
  staff: 'staff-s001',
};
const refund = { ...purchase, kind: 'refund', id: 'r1', at: '2026-11-23T05:40:00Z', amountFen: -1250, points: -12 };

describe('今日流水 page', () => {
  beforeEach(() => signIn('staff'));

  it("shows today's rows and totals, and moves a day back and forward (not past today)", async () => {
    const today = todayInProgram();
    const yesterday = addDaysToDate(today, -1);
    const request = mockApi(({ query }) =>
      query.get('date') === today ? day(today, [refund, purchase]) : day(query.get('date')!, []),
    );
    const { container } = render(<StoreActivityPage />);
    await waitFor(() => expect(container.querySelectorAll('.activity-row')).toHaveLength(2));
    const [first, second] = Array.from(container.querySelectorAll('.activity-row'));
    expect(first!.textContent).toBe('13:40退款晨光美式小票 R1001 · 会员号 15184754-¥12.50-12 积分');
    expect(second!.textContent).toBe('13:29消费晨光美式小票 R1001 · 会员号 15184754¥500.00+500 积分');
    expect(container.querySelector('.activity-net')!.textContent).toBe('¥487.50');
    expect(container.querySelector('.activity-sales')!.textContent).toBe('¥500.00');
    expect(container.querySelector('.activity-refunded')!.textContent).toBe('-¥12.50');
    expect(container.querySelector('.date-switcher__today')).not.toBeNull();

    fireEvent.click(container.querySelector('.activity-next')!);
    fireEvent.click(container.querySelector('.activity-prev')!);
    await waitFor(() => expect(container.querySelector('.empty-state')).not.toBeNull());
    expect(container.querySelector('.empty-state')!.textContent).toContain('这一天没有流水');
    const dates = request.mock.calls.map((call) => new URL(call[0].url as string).searchParams.get('date'));
    expect(dates).toEqual([today, yesterday]);

    fireEvent.click(container.querySelector('.activity-next')!);
    await waitFor(() => expect(container.querySelectorAll('.activity-row')).toHaveLength(2));

    await act(async () => lifecycle.fire('pullDownRefresh'));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(request).toHaveBeenCalledTimes(4);
  });
});

describe('hand-outs in 今日流水', () => {
  beforeEach(() => signIn('staff'));

  it("shows what was handed out, to whom, the cash collected, and the day's hand-outs", async () => {
    const today = todayInProgram();
    const handout = {
      ...purchase,
      kind: 'handout',
      id: 'h1',
      at: '2026-11-23T06:05:00Z',
      purchaseId: null,
      receiptNo: null,
      amountFen: 2000,
      points: 800,
      title: '定制随行杯 ×1',
    };
    const free = { ...handout, id: 'h2', at: '2026-11-23T06:10:00Z', amountFen: 0, points: 200, title: '咖啡滤纸 ×2' };
    mockApi(() => ({
      status: 200,
      body: {
        date: today,
        storeId: 'S001',
        items: [free, handout, purchase],
        totals: { purchases: 1, salesFen: 50000, refunds: 0, refundedFen: 0, handouts: 2 },
      },
    }));
    const { container } = render(<StoreActivityPage />);
    await waitFor(() => expect(container.querySelectorAll('.activity-handout')).toHaveLength(2));
    const [first, second] = Array.from(container.querySelectorAll('.activity-handout'));
    expect(first!.textContent).toBe('14:10兑换领取咖啡滤纸 ×2晨光美式 · 会员号 15184754无收款200 积分兑换');
    expect(second!.textContent).toBe('14:05兑换领取定制随行杯 ×1晨光美式 · 会员号 15184754收 ¥20.00800 积分兑换');
    expect(container.querySelector('.activity-handouts')!.textContent).toBe('2 笔');
    expect(container.querySelector('.activity-totals')!.textContent).toContain('兑换领取 · 收 ¥20.00');
    expect(container.querySelectorAll('.activity-row')).toHaveLength(3);
  });
});
