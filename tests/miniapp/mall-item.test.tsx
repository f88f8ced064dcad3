import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MallItemView } from '@app/shared';
import MallItemPage from '../../miniapp/src/pages/mall-item/index';
import { recentOrder } from '../../miniapp/src/features/orders/order-cache';
import { router } from './__mocks__/taro';
import { errorReply, member, mockApi, signIn } from './fixtures';
import { mallItem, order } from './mall-fixtures';

type Reply = ReturnType<Parameters<typeof mockApi>[0]>;

/** The item page's API: /v1/me with `balance`, the item (changeable), POST /v1/mall/orders answered by `onOrder`. */
function itemApi(state: {
  item: MallItemView;
  balance?: number;
  onOrder?: (data: unknown, header: Record<string, string>) => Reply;
}) {
  return mockApi(({ method, path, data, header }) => {
    if (path === '/v1/me')
      return {
        status: 200,
        body: { ...member, points: { balance: state.balance ?? 1260, debt: 0, pending: 0, expiring: null } },
      };
    if (method === 'GET' && path === `/v1/mall/items/${state.item.itemId}`) return { status: 200, body: state.item };
    if (method === 'POST' && path === '/v1/mall/orders')
      return state.onOrder ? state.onOrder(data, header) : { status: 201, body: order() };
    return errorReply(404, 'NOT_FOUND', '没有找到相关内容');
  });
}

const q = (container: HTMLElement, selector: string) => container.querySelector(selector) as HTMLElement;
const orderCalls = (request: jest.Mock) =>
  request.mock.calls.filter((call) => call[0].method === 'POST' && (call[0].url as string).endsWith('/v1/mall/orders'));

async function openItem(state: Parameters<typeof itemApi>[0]) {
  router.params = { itemId: state.item.itemId };
  const request = itemApi(state);
  const view = render(<MallItemPage />);
  await waitFor(() => expect(view.container.querySelector('.mall-redeem')).not.toBeNull());
  return { request, ...view };
}

describe('礼品详情 page', () => {
  beforeEach(() => signIn('member'));

  it('shows the item with its terms', async () => {
    const item = mallItem({
      itemId: 'demo-cup',
      name: '定制随行杯',
      description: '双层保温随行杯 355 ml，可刻名字；领取时另付 ¥20。',
      category: '定制好物',
      points: 800,
      cashFen: 2000,
      stock: 6,
      perMemberLimit: 2,
      perOrderLimit: 1,
      minLevel: 'L2',
      minLevelName: '银卡会员',
      saleFrom: '2026-11-01T00:00:00+08:00',
      saleUntil: '2027-01-01T00:00:00+08:00',
    });
    const { container } = await openItem({ item });
    expect(q(container, '.mall-item-name').textContent).toBe('定制随行杯');
    expect(q(container, '.mall-item-points').textContent).toBe('800');
    expect(q(container, '.mall-item-cash').textContent).toBe('+ ¥20.00');
    expect(container.textContent).toContain('仅剩 6 件');
    expect(container.textContent).toContain('双层保温随行杯 355 ml');
    expect(q(container, '.item-fact-stock').textContent).toBe('库存剩余 6 件');
    expect(q(container, '.item-fact-limits').textContent).toBe('限兑每人限兑 2 件，每单限兑 1 件');
    expect(q(container, '.item-fact-window').textContent).toBe('兑换时间2026年11月1日 至 2026年12月31日');
    expect(q(container, '.item-fact-level').textContent).toBe('兑换等级银卡会员及以上');
    expect(q(container, '.item-fact-pickup').textContent).toBe('领取方式到任意门店出示提货码领取，30天内有效');
    expect(q(container, '.mall-redeem').textContent).toBe('立即兑换');
    expect(q(container, '.redeem-bar').textContent).toBe('合计800积分+¥20.00立即兑换');
  });

  it('keeps the quantity within the per-order limit, and says why at the bound', async () => {
    const { container } = await openItem({
      item: mallItem({ points: 100, perOrderLimit: 3, stock: null }),
      balance: 10_000,
    });
    expect(q(container, '.qty-value').textContent).toBe('1');
    expect(q(container, '.qty-minus').className).toContain('qty-stepper__button--off');
    fireEvent.click(q(container, '.qty-minus'));
    expect(q(container, '.qty-value').textContent).toBe('1');
    for (let i = 0; i < 5; i++) fireEvent.click(q(container, '.qty-plus'));
    expect(q(container, '.qty-value').textContent).toBe('3');
    expect(q(container, '.qty-plus').className).toContain('qty-stepper__button--off');
    expect(q(container, '.qty-hint').textContent).toBe('每单限兑 3 件');
    expect(q(container, '.redeem-bar').textContent).toContain('合计300积分');
  });

  it('keeps the quantity within the points and the stock', async () => {
    const byPoints = await openItem({ item: mallItem({ points: 100, perOrderLimit: null, stock: 50 }), balance: 250 });
    for (let i = 0; i < 5; i++) fireEvent.click(q(byPoints.container, '.qty-plus'));
    expect(q(byPoints.container, '.qty-value').textContent).toBe('2');
    expect(q(byPoints.container, '.qty-hint').textContent).toBe('你的积分最多可兑 2 件');
    byPoints.unmount();

    const byStock = await openItem({ item: mallItem({ points: 100, perOrderLimit: null, stock: 2 }), balance: 10_000 });
    for (let i = 0; i < 5; i++) fireEvent.click(q(byStock.container, '.qty-plus'));
    expect(q(byStock.container, '.qty-value').textContent).toBe('2');
    expect(q(byStock.container, '.qty-hint').textContent).toBe('库存仅剩 2 件');
  });

  it.each([
    ['POINTS_INSUFFICIENT', '积分不足', '还差 3,740 积分'],
    ['LEVEL_TOO_LOW', '等级不足', '金卡会员及以上会员才能兑换'],
    ['STOCK_EXHAUSTED', '已兑完', '这件礼品已经兑完了'],
    ['SALE_ENDED', '已结束', '兑换已经结束了'],
    ['LIMIT_REACHED', '已达限兑', '每人限兑 1 件，你已经兑满了'],
    ['POINTS_IN_DEBT', '积分欠款未还清', '积分欠款未还清'],
  ])('greys out 立即兑换 for %s and says why', async (reason, label, why) => {
    const item = mallItem({ points: 5000, perMemberLimit: 1, minLevelName: '金卡会员', redeemable: false, reason });
    const { container, request } = await openItem({ item });
    const button = q(container, '.mall-redeem');
    expect(button.textContent).toBe(label);
    expect(button.className).toContain('mall-redeem--disabled');
    expect(q(container, '.mall-item-reason').textContent).toContain(why);
    expect(container.querySelector('.qty-stepper')).toBeNull();
    fireEvent.click(button);
    expect(container.querySelector('.redeem-sheet')).toBeNull();
    expect(orderCalls(request)).toHaveLength(0);
  });

  it('confirms in a sheet, orders once with an Idempotency-Key, and shows the order', async () => {
    const item = mallItem({
      itemId: 'demo-cup',
      name: '定制随行杯',
      points: 800,
      cashFen: 2000,
      perOrderLimit: 2,
      stock: 50,
    });
    const made = order({
      orderId: '01NEW',
      itemId: 'demo-cup',
      itemName: '定制随行杯',
      quantity: 2,
      points: 1600,
      cashFen: 4000,
    });
    const { container, request } = await openItem({
      item,
      balance: 2000,
      onOrder: () => ({ status: 201, body: made }),
    });
    fireEvent.click(q(container, '.qty-plus'));
    fireEvent.click(q(container, '.mall-redeem'));

    const sheet = q(container, '.redeem-sheet');
    expect(sheet.querySelector('.redeem-quantity')!.textContent).toBe('×2');
    expect(sheet.querySelector('.redeem-total-points')!.textContent).toBe('1,600 积分');
    expect(sheet.querySelector('.redeem-total-cash')!.textContent).toBe('¥40.00');
    expect(sheet.textContent).toContain('兑换后剩余400 积分');
    expect(sheet.textContent).toContain('提货码30天内有效');
    expect(orderCalls(request)).toHaveLength(0);

    fireEvent.click(q(container, '.redeem-confirm'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/order/index?orderId=01NEW&fresh=1' }),
    );
    const [call] = orderCalls(request);
    expect(call![0].data).toEqual({ itemId: 'demo-cup', quantity: 2 });
    expect(call![0].header['Idempotency-Key']).toMatch(/^order-/);
    expect(call![0].header.Authorization).toBe('Bearer token-member');
    // The order page can show the new order at once.
    expect(recentOrder('01NEW')).toEqual(made);
  });

  it('closes the sheet without ordering', async () => {
    const { container, request } = await openItem({ item: mallItem() });
    fireEvent.click(q(container, '.mall-redeem'));
    fireEvent.click(q(container, '.redeem-close'));
    expect(container.querySelector('.redeem-sheet')).toBeNull();
    expect(orderCalls(request)).toHaveLength(0);
  });

  it('retries a confirmation that got no answer with the same key, also after closing and reopening the sheet', async () => {
    let tries = 0;
    const { container, request } = await openItem({
      item: mallItem(),
      onOrder: () => {
        tries += 1;
        if (tries === 1) return new Error('offline');
        if (tries === 2) return errorReply(503, 'INTERNAL', 'upstream');
        return { status: 201, body: order() };
      },
    });
    fireEvent.click(q(container, '.mall-redeem'));
    fireEvent.click(q(container, '.redeem-confirm'));
    await waitFor(() => expect(container.querySelector('.redeem-error')).not.toBeNull());
    expect(q(container, '.redeem-error').textContent).toContain('不会重复扣积分');
    expect(q(container, '.redeem-confirm').textContent).toBe('重试兑换');

    fireEvent.click(q(container, '.redeem-confirm'));
    await waitFor(() => expect(orderCalls(request)).toHaveLength(2));
    await waitFor(() => expect(q(container, '.redeem-confirm').textContent).toBe('重试兑换'));

    fireEvent.click(q(container, '.redeem-close'));
    fireEvent.click(q(container, '.mall-redeem'));
    fireEvent.click(q(container, '.redeem-confirm'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    const keys = orderCalls(request).map((call) => call[0].header['Idempotency-Key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('makes a new key for another quantity after a try without an answer', async () => {
    let tries = 0;
    const { container, request } = await openItem({
      item: mallItem({ perOrderLimit: 5 }),
      onOrder: () => (++tries === 1 ? new Error('offline') : { status: 201, body: order() }),
    });
    fireEvent.click(q(container, '.mall-redeem'));
    fireEvent.click(q(container, '.redeem-confirm'));
    await waitFor(() => expect(q(container, '.redeem-confirm').textContent).toBe('重试兑换'));
    fireEvent.click(q(container, '.redeem-close'));
    fireEvent.click(q(container, '.qty-plus'));
    fireEvent.click(q(container, '.mall-redeem'));
    expect(q(container, '.redeem-confirm').textContent).toBe('确认兑换');
    fireEvent.click(q(container, '.redeem-confirm'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    const calls = orderCalls(request);
    expect(calls.map((call) => call[0].data)).toEqual([
      { itemId: 'demo-filter', quantity: 1 },
      { itemId: 'demo-filter', quantity: 2 },
    ]);
    expect(calls[0]![0].header['Idempotency-Key']).not.toBe(calls[1]![0].header['Idempotency-Key']);
  });

  it('closes the sheet on a refusal, says why and shows the item as it now is', async () => {
    const state = {
      item: mallItem({ stock: 1 }),
      onOrder: () => {
        state.item = mallItem({ stock: 0, redeemable: false, reason: 'STOCK_EXHAUSTED' });
        return errorReply(409, 'STOCK_EXHAUSTED', 'sold out');
      },
    };
    const { container, request } = await openItem(state);
    fireEvent.click(q(container, '.mall-redeem'));
    fireEvent.click(q(container, '.redeem-confirm'));
    await waitFor(() => expect(container.querySelector('.mall-item-notice')).not.toBeNull());
    expect(container.querySelector('.redeem-sheet')).toBeNull();
    expect(q(container, '.mall-item-notice').textContent).toBe('库存不足，这件礼品刚刚被兑完了');
    await waitFor(() => expect(q(container, '.mall-redeem').textContent).toBe('已兑完'));
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    expect(orderCalls(request)).toHaveLength(1);
  });

  it('says the item is gone when the server does not know it', async () => {
    router.params = { itemId: 'gone' };
    mockApi(({ path }) =>
      path === '/v1/me' ? { status: 200, body: member } : errorReply(404, 'NOT_FOUND', '商品不存在或已下架'),
    );
    const { container } = render(<MallItemPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('礼品不存在');
    fireEvent.click(container.querySelector('.error-state__retry')!);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/mall/index' });
  });
});
