import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CouponCenterPage from '../../miniapp/src/pages/coupon-center/index';
import { centerEntry, coupon } from './coupon-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';
import { lifecycle } from './__mocks__/taro';

const entries = () => [
  centerEntry(),
  centerEntry({
    campaignId: 'cmp-limit2',
    title: '双杯立减',
    template: {
      ...centerEntry().template,
      type: 'amount_off',
      percent: null,
      maxDiscountFen: null,
      valueFen: 1000,
      minSpendFen: 5000,
    },
    remaining: null,
    perMemberLimit: 2,
    claimedByMe: 1,
  }),
  centerEntry({ campaignId: 'cmp-mine', title: '新客礼', claimedByMe: 1, claimable: false, reason: 'LIMIT_REACHED' }),
  centerEntry({
    campaignId: 'cmp-gone',
    title: '限量生日杯',
    remaining: 0,
    claimable: false,
    reason: 'STOCK_EXHAUSTED',
  }),
  centerEntry({
    campaignId: 'cmp-soon',
    title: '圣诞节预告',
    claimFrom: '2099-12-20T00:00:00+08:00',
    claimable: false,
    reason: 'CLAIM_WINDOW_CLOSED',
  }),
  centerEntry({
    campaignId: 'cmp-over',
    title: '双十一',
    claimUntil: '2025-11-12T00:00:00+08:00',
    claimable: false,
    reason: 'CLAIM_WINDOW_CLOSED',
  }),
];

const claimed = (campaignId: string) => ({
  status: 201,
  body: { coupon: coupon({ couponId: `cpn-${campaignId}`, source: 'claim', campaignId }) },
});
const claimKeys = (request: jest.Mock, campaignId?: string) =>
  request.mock.calls
    .filter(
      ([options]) =>
        options.method === 'POST' && (!campaignId || (options.url as string).includes(`/${campaignId}/claim`)),
    )
    .map(([options]) => options.header['Idempotency-Key'] as string);

describe('领券中心', () => {
  beforeEach(() => signIn('member'));

  it('shows what is left, the claim window and the state of each entry', async () => {
    mockApi(() => ({ status: 200, body: entries() }));
    const { container } = render(<CouponCenterPage />);
    await waitFor(() => expect(container.querySelector('.claim-cmp-1')).not.toBeNull());
    const label = (id: string) => container.querySelector(`.claim-${id}`)!.textContent;
    expect(label('cmp-1')).toBe('领取');
    expect(label('cmp-limit2')).toBe('再领一张');
    expect(label('cmp-mine')).toBe('已领取');
    expect(label('cmp-gone')).toBe('已抢光');
    expect(label('cmp-soon')).toBe('未开始');
    expect(label('cmp-over')).toBe('已结束');
    const first = container.querySelector('.center-entry-cmp-1')!;
    expect(first.querySelector('.center-entry-remaining')!.textContent).toBe('剩余 50 张');
    expect(first.querySelector('.coupon-stub')!.textContent).toBe('8.8折无门槛');
    expect(first.querySelector('.center-entry-validity')!.textContent).toBe('领取后 7 天内有效');
    expect(first.querySelector('.center-entry-window')!.textContent).toBe('领取时间 2026-11-01 至 2099-11-30');
    expect(container.querySelector('.center-entry-cmp-limit2 .center-entry-remaining')!.textContent).toBe(
      '不限量 · 已领 1/2',
    );
    expect(container.querySelector('.center-entry-cmp-mine .center-entry-use')).not.toBeNull();
  });

  it('claims with an Idempotency-Key, then says so and turns the button to 已领取', async () => {
    const request = mockApi(({ method, path }) =>
      method === 'POST' && path === '/v1/coupon-center/cmp-1/claim'
        ? claimed('cmp-1')
        : { status: 200, body: entries() },
    );
    const { container } = render(<CouponCenterPage />);
    await waitFor(() => expect(container.querySelector('.claim-cmp-1')).not.toBeNull());
    fireEvent.click(container.querySelector('.claim-cmp-1')!);
    await waitFor(() => expect(container.querySelector('.claim-cmp-1')!.textContent).toBe('已领取'));
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '领取成功', icon: 'success' }));
    expect(claimKeys(request)).toEqual([expect.stringMatching(/^claim-/)]);
    expect(container.querySelector('.center-entry-cmp-1 .center-entry-remaining')!.textContent).toBe('剩余 49 张');
    fireEvent.click(container.querySelector('.claim-cmp-1')!);
    expect(claimKeys(request)).toHaveLength(1);
    fireEvent.click(container.querySelector('.center-entry-cmp-1 .center-entry-use')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupons/index' });
  });

  it('retries a claim that got no answer with the same key, so one tap never brings two coupons', async () => {
    let tries = 0;
    const request = mockApi(({ method }) => {
      if (method !== 'POST') return { status: 200, body: entries() };
      tries++;
      return tries === 1 ? new Error('timeout') : claimed('cmp-limit2');
    });
    const { container } = render(<CouponCenterPage />);
    await waitFor(() => expect(container.querySelector('.claim-cmp-limit2')).not.toBeNull());
    fireEvent.click(container.querySelector('.claim-cmp-limit2')!);
    await waitFor(() => expect(container.querySelector('.claim-cmp-limit2')!.textContent).toBe('重试领取'));
    expect(container.querySelector('.center-entry-cmp-limit2 .claim-error')!.textContent).toContain('不会重复领取');
    fireEvent.click(container.querySelector('.claim-cmp-limit2')!);
    await waitFor(() => expect(container.querySelector('.claim-cmp-limit2')!.textContent).toBe('已领取'));
    const keys = claimKeys(request, 'cmp-limit2');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('gives each claim of an entry with a limit of two its own key', async () => {
    const request = mockApi(({ method }) =>
      method === 'POST'
        ? claimed('cmp-limit2')
        : { status: 200, body: [centerEntry({ campaignId: 'cmp-limit2', perMemberLimit: 2 })] },
    );
    const { container } = render(<CouponCenterPage />);
    await waitFor(() => expect(container.querySelector('.claim-cmp-limit2')).not.toBeNull());
    fireEvent.click(container.querySelector('.claim-cmp-limit2')!);
    await waitFor(() => expect(container.querySelector('.claim-cmp-limit2')!.textContent).toBe('再领一张'));
    fireEvent.click(container.querySelector('.claim-cmp-limit2')!);
    await waitFor(() => expect(container.querySelector('.claim-cmp-limit2')!.textContent).toBe('已领取'));
    const keys = claimKeys(request);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('says 已抢光 when the server refuses for stock, and reads the list again', async () => {
    let sold = false;
    const request = mockApi(({ method }) => {
      if (method === 'POST') {
        sold = true;
        return errorReply(409, 'STOCK_EXHAUSTED', '已兑完');
      }
      return {
        status: 200,
        body: sold ? [centerEntry({ remaining: 0, claimable: false, reason: 'STOCK_EXHAUSTED' })] : [centerEntry()],
      };
    });
    const { container } = render(<CouponCenterPage />);
    await waitFor(() => expect(container.querySelector('.claim-cmp-1')).not.toBeNull());
    fireEvent.click(container.querySelector('.claim-cmp-1')!);
    await waitFor(() => expect(container.querySelector('.claim-cmp-1')!.textContent).toBe('已抢光'));
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '来晚了，这张券已经被抢光了', icon: 'none' }),
    );
    await waitFor(() => expect(request.mock.calls.filter(([options]) => options.method === 'GET')).toHaveLength(2));
  });

  it('says when there is nothing to claim, shows failures with a retry and reloads on pull-down', async () => {
    let answer: 'fail' | 'empty' = 'fail';
    mockApi(() => (answer === 'fail' ? new Error('offline') : { status: 200, body: [] }));
    const { container } = render(<CouponCenterPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('网络不太好');
    answer = 'empty';
    fireEvent.click(container.querySelector('.error-state__retry')!);
    await waitFor(() => expect(container.querySelector('.center-empty')).not.toBeNull());
    await act(async () => lifecycle.fire('pullDownRefresh'));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    fireEvent.click(container.querySelector('.center-open-wallet')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupons/index' });
  });
});
