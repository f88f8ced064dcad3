import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import OrdersPage from '../../miniapp/src/pages/orders/index';
import { OrderRow } from '../../miniapp/src/features/orders/components/OrderRow';
import { lifecycle } from './__mocks__/taro';
import { errorReply, mockApi, signIn } from './fixtures';
import { order } from './mall-fixtures';

const page = (ids: number[], nextCursor: string | null, over = {}) => ({
  status: 200,
  body: { items: ids.map((n) => order({ orderId: `o${n}`, itemName: `礼品 ${n}`, ...over })), nextCursor },
});

const urls = (request: jest.Mock) =>
  request.mock.calls.map((call) => call[0].url as string).filter((url) => url.includes('/v1/me/orders'));

describe('我的兑换 page', () => {
  beforeEach(() => signIn('member'));

  it('lists all orders, newest first, and the next page at the bottom', async () => {
    const request = mockApi(({ query }) => (query.get('cursor') === 'c2' ? page([3], null) : page([1, 2], 'c2')));
    const { container } = render(<OrdersPage />);
    expect(container.querySelector('.skeleton')).not.toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.order-row')).toHaveLength(2));
    expect(container.querySelector('.orders-tab-all')!.className).toContain('order-tabs__item--active');
    expect(Array.from(container.querySelectorAll('.order-tabs__item')).map((tab) => tab.textContent)).toEqual([
      '全部',
      '待领取',
      '已完成',
      '已取消',
    ]);
    await act(async () => lifecycle.fire('reachBottom'));
    await waitFor(() => expect(container.querySelectorAll('.order-row')).toHaveLength(3));
    expect(urls(request)[0]).toMatch(/\/v1\/me\/orders\?limit=20$/);
    expect(urls(request)[1]).toMatch(/\/v1\/me\/orders\?limit=20&cursor=c2$/);
    expect(container.querySelector('.orders-list__footer')!.textContent).toBe('没有更多记录了');
  });

  it.each([
    ['awaiting_pickup', '待领取'],
    ['completed', '已完成'],
    ['cancelled', '已取消'],
  ])('asks for status=%s on the %s tab', async (status, label) => {
    const request = mockApi(({ query }) =>
      query.get('status') === status ? page([9], null, { status }) : page([1, 2], null),
    );
    const { container } = render(<OrdersPage />);
    await waitFor(() => expect(container.querySelectorAll('.order-row')).toHaveLength(2));
    fireEvent.click(container.querySelector(`.orders-tab-${status}`)!);
    await waitFor(() => expect(container.querySelectorAll('.order-row')).toHaveLength(1));
    expect(urls(request).pop()).toMatch(new RegExp(`status=${status}&limit=20$`));
    expect(container.querySelector('.order-tabs__item--active')!.textContent).toBe(label);
  });

  it('says there is nothing yet and leads to the mall', async () => {
    mockApi(() => page([], null));
    const { container } = render(<OrdersPage />);
    await waitFor(() => expect(container.querySelector('.orders-empty')).not.toBeNull());
    expect(container.querySelector('.orders-empty')!.textContent).toContain('还没有兑换记录，去积分商城挑一件礼品吧');
    fireEvent.click(container.querySelector('.orders-open-mall')!);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mall/index' });
  });

  it('has an empty sentence per tab', async () => {
    mockApi(() => page([], null));
    const { container } = render(<OrdersPage />);
    await waitFor(() => expect(container.querySelector('.orders-empty')).not.toBeNull());
    fireEvent.click(container.querySelector('.orders-tab-awaiting_pickup')!);
    await waitFor(() => expect(container.querySelector('.orders-empty')!.textContent).toContain('没有待领取的礼品'));
  });

  it('opens an order', async () => {
    mockApi(() => page([1], null));
    const { container } = render(<OrdersPage />);
    await waitFor(() => expect(container.querySelector('.order-row')).not.toBeNull());
    fireEvent.click(container.querySelector('.order-row')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/order/index?orderId=o1' });
  });

  it('reloads on pull-down and when shown again (after a cancellation, say)', async () => {
    let cancelled = false;
    const request = mockApi(() => page([1], null, cancelled ? { status: 'cancelled' } : {}));
    const { container } = render(<OrdersPage />);
    await waitFor(() => expect(container.querySelector('.order-row--awaiting_pickup')).not.toBeNull());
    await act(async () => lifecycle.fire('pullDownRefresh'));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(urls(request)).toHaveLength(2);
    cancelled = true;
    await act(async () => lifecycle.fire('didShow'));
    await waitFor(() => expect(container.querySelector('.order-row--cancelled')).not.toBeNull());
    expect(urls(request)).toHaveLength(3);
  });

  it('explains a failure and retries', async () => {
    let fail = true;
    mockApi(() => (fail ? errorReply(500, 'INTERNAL', '系统开小差了，请稍后再试') : page([1], null)));
    const { container } = render(<OrdersPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('系统开小差了，请稍后再试');
    fail = false;
    fireEvent.click(container.querySelector('.error-state__retry')!);
    await waitFor(() => expect(container.querySelectorAll('.order-row')).toHaveLength(1));
  });
});

describe('an order row', () => {
  const now = Date.parse('2026-11-23T08:00:00Z');

  it('shows item, quantity, points and cash, time, status and the code while awaiting pickup', () => {
    const { container } = render(<OrderRow order={order({ cashFen: 2000 })} now={now} onOpen={() => undefined} />);
    expect(container.querySelector('.order-row__name')!.textContent).toBe('咖啡滤纸');
    expect(container.querySelector('.order-row__status')!.textContent).toBe('待领取');
    expect(container.querySelector('.order-row__price')!.textContent).toBe('×2 · 200 积分 + ¥20.00');
    expect(container.querySelector('.order-row__time')!.textContent).toBe('今天 13:29');
    expect(container.querySelector('.order-row__code')!.textContent).toBe('提货码 4821 3057');
  });

  it('says 已过期 for a code past its date, and shows no code for completed or cancelled orders', () => {
    const overdue = render(
      <OrderRow order={order({ pickupBy: '2026-11-01T00:00:00Z' })} now={now} onOpen={() => undefined} />,
    );
    expect(overdue.container.querySelector('.order-row__status')!.textContent).toBe('已过期');
    expect(overdue.container.querySelector('.order-row__code')).toBeNull();
    const done = render(<OrderRow order={order({ status: 'completed' })} now={now} onOpen={() => undefined} />);
    expect(done.container.querySelector('.order-row__status')!.textContent).toBe('已领取');
    expect(done.container.querySelector('.order-row__code')).toBeNull();
  });
});
