import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import jsQR from 'jsqr';
import OrderPage from '../../miniapp/src/pages/order/index';
import { forgetOrders, rememberOrder } from '../../miniapp/src/features/orders/order-cache';
import { lifecycle, router } from './__mocks__/taro';
import { errorReply, mockApi, signIn } from './fixtures';
import { order } from './mall-fixtures';

/** Reads the QR image (SVG data URI, one unit per module) and decodes it as a camera would. */
function decodeQr(uri: string): string | undefined {
  const svg = Buffer.from(uri.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('ascii');
  const total = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const scale = 6;
  const size = total * scale;
  const dark = Array.from({ length: total }, () => Array<boolean>(total).fill(false));
  for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(w); i++) dark[Number(y)]![Number(x) + i] = true;
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const value = dark[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * size + x) * 4);
    }
  }
  return jsQR(pixels, size, size)?.data;
}

const q = (container: HTMLElement, selector: string) => container.querySelector(selector) as HTMLElement;
const cancelCalls = (request: jest.Mock) => request.mock.calls.filter((call) => call[0].method === 'POST');

function show(params: Record<string, string>, route: Parameters<typeof mockApi>[0]) {
  router.params = params;
  const request = mockApi(route);
  return { request, ...render(<OrderPage />) };
}

describe('兑换详情 page', () => {
  beforeEach(() => {
    signIn('member');
    forgetOrders();
  });

  it('shows an order awaiting pickup: the QR of the pickup code, its 8 digits, until when, where, the cash to bring', async () => {
    const { container, request } = show({ orderId: '01ORDER' }, () => ({
      status: 200,
      body: order({ cashFen: 2000, pickupBy: '2099-12-23T05:29:00.000Z' }),
    }));
    expect(container.querySelector('.skeleton')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('.pickup-qr')).not.toBeNull());
    expect(request.mock.calls[0][0].url).toMatch(/\/v1\/me\/orders\/01ORDER$/);
    expect(q(container, '.order-status').textContent).toBe('待领取');
    expect(decodeQr(q(container, '.pickup-qr').getAttribute('src')!)).toBe('48213057');
    expect(q(container, '.pickup-code-digits').textContent).toBe('4821 3057');
    expect(q(container, '.pickup-code-digits').textContent!.replace(/\s/g, '')).toBe('48213057');
    expect(q(container, '.pickup-by').textContent).toBe('有效期至 2099年12月23日 13:29');
    expect(container.textContent).toContain('到任意门店出示提货码领取');
    expect(q(container, '.order-cash-due').textContent).toBe('领取时需在门店支付 ¥20.00');
    expect(q(container, '.order-cash').textContent).toBe('¥20.00');
    expect(q(container, '.order-points').textContent).toBe('200 积分');
    expect(q(container, '.order-cancel').textContent).toBe('取消兑换');
  });

  it('shows a new order at once (the result of 确认兑换) and says it worked', async () => {
    rememberOrder(order({ orderId: '01NEW' }));
    const { container } = show({ orderId: '01NEW', fresh: '1' }, () => new Error('offline'));
    expect(q(container, '.pickup-code-digits').textContent).toBe('4821 3057');
    expect(container.textContent).toContain('兑换成功！凭提货码到店领取');
    await waitFor(() => expect(Taro.request).toHaveBeenCalled());
    // A failed reload keeps what is shown.
    expect(container.querySelector('.error-state')).toBeNull();
  });

  it('shows a completed order: where and when it was picked up, no code and no cancel', async () => {
    const { container } = show({ orderId: '01ORDER' }, () => ({
      status: 200,
      body: order({ status: 'completed', fulfilledAt: '2026-11-25T06:05:00.000Z', fulfilledStoreId: 'S001' }),
    }));
    await waitFor(() => expect(q(container, '.order-status')?.textContent).toBe('已领取'));
    expect(q(container, '.order-fulfilled').textContent).toBe('已在门店 S001 领取领取时间 2026年11月25日 14:05');
    expect(container.querySelector('.pickup-qr')).toBeNull();
    expect(container.querySelector('.order-cancel')).toBeNull();
  });

  it('names the cash by the state: due at pickup, paid once picked up, none for a cancelled order', async () => {
    const label = async (over: Parameters<typeof order>[0]) => {
      forgetOrders();
      const view = show({ orderId: '01ORDER' }, () => ({ status: 200, body: order({ cashFen: 990, ...over }) }));
      await waitFor(() => expect(view.container.querySelector('.order-status')).not.toBeNull());
      const text = view.container.querySelector('.order-cash')?.parentElement?.textContent ?? null;
      view.unmount();
      return text;
    };
    expect(await label({})).toBe('到店支付¥9.90');
    expect(
      await label({ status: 'completed', fulfilledAt: '2026-11-25T06:05:00.000Z', fulfilledStoreId: 'S001' }),
    ).toBe('门店已付¥9.90');
    expect(await label({ status: 'cancelled', cancelReason: 'member', pointsRestored: 200 })).toBeNull();
  });

  it('shows a cancelled order with the points returned and those that expired on return', async () => {
    const { container } = show({ orderId: '01ORDER' }, () => ({
      status: 200,
      body: order({
        status: 'cancelled',
        cancelReason: 'expired',
        cancelledAt: '2026-12-23T16:05:00.000Z',
        pointsRestored: 150,
        pointsExpiredOnReturn: 50,
      }),
    }));
    await waitFor(() => expect(q(container, '.order-status')?.textContent).toBe('已取消'));
    expect(container.textContent).toContain('超过领取期限未领取，已自动取消');
    expect(q(container, '.order-points-restored').textContent).toBe('已退回 150 积分');
    expect(q(container, '.order-points-expired').textContent).toBe(
      '另有 50 积分在兑换期间已过有效期，退回时即已过期，不能再使用',
    );
    expect(container.querySelector('.pickup-qr')).toBeNull();
    expect(container.querySelector('.order-cancel')).toBeNull();
  });

  it('greys out a code past its date and still lets the member cancel for the points', async () => {
    const { container } = show({ orderId: '01ORDER' }, () => ({
      status: 200,
      body: order({ pickupBy: '2020-01-01T00:00:00.000Z' }),
    }));
    await waitFor(() => expect(container.querySelector('.pickup-code--overdue')).not.toBeNull());
    expect(q(container, '.pickup-by').textContent).toBe('已于 2020年1月1日 08:00 过期');
    expect(container.textContent).toContain('已超过领取期限，积分将自动退回，也可以现在取消');
    expect(q(container, '.order-cancel').textContent).toBe('取消兑换');
  });

  it('cancels after a confirmation, with an Idempotency-Key, and shows what came back', async () => {
    const { container, request } = show({ orderId: '01ORDER' }, ({ method }) =>
      method === 'POST'
        ? {
            status: 200,
            body: order({
              status: 'cancelled',
              cancelReason: 'member',
              cancelledAt: '2026-11-24T02:00:00.000Z',
              pointsRestored: 120,
              pointsExpiredOnReturn: 80,
            }),
          }
        : { status: 200, body: order() },
    );
    await waitFor(() => expect(container.querySelector('.order-cancel')).not.toBeNull());
    fireEvent.click(q(container, '.order-cancel'));
    await waitFor(() => expect(q(container, '.order-status').textContent).toBe('已取消'));
    const modal = (Taro.showModal as jest.Mock).mock.calls[0][0];
    expect(modal.title).toBe('取消兑换');
    expect(modal.content).toContain('「咖啡滤纸」');
    const [call] = cancelCalls(request);
    expect(call![0].url).toMatch(/\/v1\/me\/orders\/01ORDER\/cancel$/);
    expect(call![0].header['Idempotency-Key']).toMatch(/^cancel-/);
    expect(container.textContent).toContain('你已取消这次兑换');
    expect(q(container, '.order-points-restored').textContent).toBe('已退回 120 积分');
    expect(q(container, '.order-points-expired').textContent).toContain('另有 80 积分在兑换期间已过有效期');
    expect(container.querySelector('.order-cancel')).toBeNull();
  });

  it('does nothing when the member keeps the order', async () => {
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    const { container, request } = show({ orderId: '01ORDER' }, () => ({ status: 200, body: order() }));
    await waitFor(() => expect(container.querySelector('.order-cancel')).not.toBeNull());
    fireEvent.click(q(container, '.order-cancel'));
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(cancelCalls(request)).toHaveLength(0);
    expect(q(container, '.order-status').textContent).toBe('待领取');
  });

  it('retries a cancellation that got no answer with the same key, without asking again', async () => {
    let tries = 0;
    const { container, request } = show({ orderId: '01ORDER' }, ({ method }) => {
      if (method !== 'POST') return { status: 200, body: order() };
      return ++tries === 1
        ? new Error('offline')
        : { status: 200, body: order({ status: 'cancelled', cancelReason: 'member', pointsRestored: 200 }) };
    });
    await waitFor(() => expect(container.querySelector('.order-cancel')).not.toBeNull());
    fireEvent.click(q(container, '.order-cancel'));
    await waitFor(() => expect(container.querySelector('.order-cancel-error')).not.toBeNull());
    expect(q(container, '.order-cancel-error').textContent).toContain('不会重复退回');
    expect(q(container, '.order-cancel').textContent).toBe('重试取消');
    fireEvent.click(q(container, '.order-cancel'));
    await waitFor(() => expect(q(container, '.order-status').textContent).toBe('已取消'));
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    const keys = cancelCalls(request).map((call) => call[0].header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('explains a cancellation refused because the order was picked up meanwhile, and shows it as it is', async () => {
    let picked = false;
    const { container } = show({ orderId: '01ORDER' }, ({ method }) => {
      if (method === 'POST') {
        picked = true;
        return errorReply(409, 'ORDER_ALREADY_FULFILLED', 'fulfilled');
      }
      return {
        status: 200,
        body: picked
          ? order({ status: 'completed', fulfilledAt: '2026-11-25T06:05:00.000Z', fulfilledStoreId: 'S002' })
          : order(),
      };
    });
    await waitFor(() => expect(container.querySelector('.order-cancel')).not.toBeNull());
    fireEvent.click(q(container, '.order-cancel'));
    await waitFor(() => expect(q(container, '.order-status').textContent).toBe('已领取'));
    expect(q(container, '.order-cancel-error').textContent).toBe('这份礼品已经在门店领取了，不能再取消');
  });

  it('says so when the order is not the member’s or does not exist', async () => {
    const { container } = show({ orderId: 'nope' }, () => errorReply(404, 'NOT_FOUND', '订单不存在'));
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.textContent).toContain('没有找到这次兑换');
    fireEvent.click(q(container, '.error-state__retry'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/orders/index' });
  });

  it('reads an order awaiting pickup again every few seconds while on screen, until it is picked up', async () => {
    jest.useFakeTimers();
    try {
      let completed = false;
      const { container, request } = show({ orderId: '01ORDER' }, () => ({
        status: 200,
        body: completed
          ? order({ status: 'completed', fulfilledAt: '2026-11-25T06:05:00.000Z', fulfilledStoreId: 'S001' })
          : order(),
      }));
      await waitFor(() => expect(container.querySelector('.pickup-qr')).not.toBeNull());
      await act(() => jest.advanceTimersByTimeAsync(10_000));
      expect(request).toHaveBeenCalledTimes(2);
      completed = true;
      await act(() => jest.advanceTimersByTimeAsync(10_000));
      expect(q(container, '.order-status').textContent).toBe('已领取');
      await act(() => jest.advanceTimersByTimeAsync(30_000));
      expect(request).toHaveBeenCalledTimes(3);
    } finally {
      jest.useRealTimers();
    }
  });

  it('stops reading the order while the page is hidden', async () => {
    jest.useFakeTimers();
    try {
      const { container, request } = show({ orderId: '01ORDER' }, () => ({ status: 200, body: order() }));
      await waitFor(() => expect(container.querySelector('.pickup-qr')).not.toBeNull());
      await act(async () => lifecycle.fire('didHide'));
      await act(() => jest.advanceTimersByTimeAsync(60_000));
      expect(request).toHaveBeenCalledTimes(1);
      await act(async () => lifecycle.fire('didShow'));
      await act(() => jest.advanceTimersByTimeAsync(10_000));
      expect(request).toHaveBeenCalledTimes(3);
    } finally {
      jest.useRealTimers();
    }
  });
});
