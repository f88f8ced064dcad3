import { fireEvent, render, waitFor } from '@testing-library/react';
import StoreScanPage from '../../miniapp/src/store/scan/index';
import { ScannedOrder } from '../../miniapp/src/features/handout/components/ScannedOrder';
import { errorReply, mockApi, signIn } from './fixtures';
import { order, scannedMember } from './mall-fixtures';

type Route = Parameters<typeof mockApi>[0];

const scannedOrder = (over = {}) => ({
  status: 200,
  body: { kind: 'order', order: order(over), member: scannedMember() },
});
const fulfilled = (over = {}) => ({
  status: 200,
  body: {
    order: order({ status: 'completed', fulfilledAt: '2026-11-24T06:05:00.000Z', fulfilledStoreId: 'S001', ...over }),
    member: scannedMember(),
  },
});

function lookUp(container: HTMLElement, code: string) {
  fireEvent.change(container.querySelector('.scan-input')!, { target: { value: code } });
  fireEvent.click(container.querySelector('.scan-submit')!);
}

/** The scan answers `scan`; POST /v1/store/orders/fulfil is answered by `fulfil`. */
function counterApi(scan: ReturnType<Route>, fulfil?: Route) {
  return mockApi((request) => {
    if (request.path === '/v1/store/scan') return scan;
    if (request.path === '/v1/store/orders/fulfil' && fulfil) return fulfil(request);
    return errorReply(404, 'NOT_FOUND', 'x');
  });
}

const fulfilCalls = (request: jest.Mock) =>
  request.mock.calls.filter((call) => (call[0].url as string).endsWith('/v1/store/orders/fulfil'));
const q = (container: HTMLElement, selector: string) => container.querySelector(selector) as HTMLElement;

describe('handing out a mall order at the counter', () => {
  beforeEach(() => signIn('staff'));

  it('looks up a typed 8-digit pickup code and shows the order: item, quantity, member, cash, status, pickup date', async () => {
    const request = counterApi(
      scannedOrder({ cashFen: 2000, itemName: '定制随行杯', quantity: 1, pickupBy: '2099-12-23T05:29:00.000Z' }),
    );
    const { container } = render(<StoreScanPage />);
    expect(q(container, '.scan-input').getAttribute('placeholder')).toBe('会员码、券码，或 8 位提货码');
    lookUp(container, '4821 3057');
    await waitFor(() => expect(container.querySelector('.scan-order')).not.toBeNull());
    expect(request.mock.calls[0][0]).toMatchObject({ method: 'POST', data: { code: '48213057' } });
    expect(q(container, '.scan-order-item').textContent).toBe('定制随行杯');
    expect(q(container, '.scan-order-quantity').textContent).toBe('×1');
    expect(q(container, '.scan-order-member').textContent).toBe('拿铁爱好者');
    expect(q(container, '.scan-order').textContent).toContain('会员号 10000001');
    expect(q(container, '.scan-order-cash').textContent).toBe('¥20.00');
    expect(q(container, '.scan-order-cash').parentElement!.textContent).toBe('应收现金¥20.00');
    expect(q(container, '.scan-order-status').textContent).toBe('待领取');
    expect(q(container, '.scan-order-pickup-by').textContent).toBe('2099年12月23日 13:29');
    expect(q(container, '.scan-order').textContent).toContain('请先向会员收取 ¥20.00，再发放礼品');
    expect(q(container, '.handout-confirm').textContent).toBe('确认发放');
    // An order is not a member: no 记录消费 for it.
    expect(container.querySelector('.purchase-open')).toBeNull();
    expect(container.querySelector('.scan-result')).toBeNull();
  });

  it('hands the order out once with an Idempotency-Key and shows 已发放', async () => {
    const request = counterApi(scannedOrder(), () => fulfilled());
    const { container } = render(<StoreScanPage />);
    lookUp(container, '48213057');
    await waitFor(() => expect(container.querySelector('.handout-confirm')).not.toBeNull());
    expect(q(container, '.scan-order-cash').textContent).toBe('无需收款');
    fireEvent.click(q(container, '.handout-confirm'));
    await waitFor(() => expect(container.querySelector('.handout-done')).not.toBeNull());
    const [call] = fulfilCalls(request);
    expect(call![0].data).toEqual({ pickupCode: '48213057' });
    expect(call![0].header['Idempotency-Key']).toMatch(/^handout-/);
    expect(call![0].header.Authorization).toBe('Bearer token-staff');
    expect(q(container, '.scan-order-status').textContent).toBe('已发放');
    expect(q(container, '.scan-order-cash').parentElement!.textContent).toBe('已收现金无需收款');
    expect(q(container, '.scan-order-pickup-by').parentElement!.textContent).toBe('发放门店S001');
    expect(q(container, '.handout-done').textContent).toBe('✓已发放2026年11月24日 14:05 · 请将礼品交给 拿铁爱好者');
    expect(container.querySelector('.handout-confirm')).toBeNull();
  });

  it('retries a hand-out that got no answer with the same key', async () => {
    let tries = 0;
    const request = counterApi(scannedOrder(), () => (++tries === 1 ? new Error('offline') : fulfilled()));
    const { container } = render(<StoreScanPage />);
    lookUp(container, '48213057');
    await waitFor(() => expect(container.querySelector('.handout-confirm')).not.toBeNull());
    fireEvent.click(q(container, '.handout-confirm'));
    await waitFor(() => expect(container.querySelector('.handout-error')).not.toBeNull());
    expect(q(container, '.handout-error').textContent).toContain('不会重复发放');
    expect(q(container, '.handout-confirm').textContent).toBe('重试发放');
    fireEvent.click(q(container, '.handout-confirm'));
    await waitFor(() => expect(container.querySelector('.handout-done')).not.toBeNull());
    const keys = fulfilCalls(request).map((call) => call[0].header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it.each([
    ['ORDER_ALREADY_FULFILLED', '这份礼品已经发放过了，不能重复发放'],
    ['ORDER_CANCELLED', '会员已取消这次兑换，不能发放'],
    ['PICKUP_EXPIRED', '提货码已过期，不能发放'],
  ])('explains a hand-out refused with %s and offers no button', async (code, words) => {
    const request = counterApi(scannedOrder(), () => errorReply(409, code, 'refused'));
    const { container } = render(<StoreScanPage />);
    lookUp(container, '48213057');
    await waitFor(() => expect(container.querySelector('.handout-confirm')).not.toBeNull());
    fireEvent.click(q(container, '.handout-confirm'));
    await waitFor(() => expect(container.querySelector('.handout-error')).not.toBeNull());
    expect(q(container, '.handout-error').textContent).toContain(words);
    expect(container.querySelector('.handout-confirm')).toBeNull();
    expect(fulfilCalls(request)).toHaveLength(1);
  });

  it('says a pickup code is unknown in words the cashier can act on', async () => {
    counterApi(errorReply(404, 'NOT_FOUND', 'no such code'));
    const { container } = render(<StoreScanPage />);
    lookUp(container, '11112222');
    await waitFor(() => expect(container.querySelector('.scan-error')).not.toBeNull());
    expect(q(container, '.scan-error').textContent).toBe('没有找到这个提货码，请核对 8 位数字后重新输入');
  });

  it('starts over for the next customer', async () => {
    counterApi(scannedOrder(), () => fulfilled());
    const { container, getByText } = render(<StoreScanPage />);
    lookUp(container, '48213057');
    await waitFor(() => expect(container.querySelector('.handout-confirm')).not.toBeNull());
    fireEvent.click(q(container, '.handout-confirm'));
    await waitFor(() => expect(container.querySelector('.handout-done')).not.toBeNull());
    fireEvent.click(getByText('下一位顾客'));
    expect(container.querySelector('.scan-order')).toBeNull();
    lookUp(container, '48213057');
    await waitFor(() => expect(container.querySelector('.handout-confirm')).not.toBeNull());
    expect(container.querySelector('.handout-done')).toBeNull();
  });
});

describe('a scanned order that cannot be handed out', () => {
  const now = Date.parse('2026-11-24T08:00:00Z');

  it.each([
    [
      { status: 'completed', fulfilledAt: '2026-11-23T06:05:00.000Z', fulfilledStoreId: 'S002' },
      '已发放',
      '已于 2026年11月23日 14:05 在门店 S002 发放，不能重复发放',
    ],
    [{ status: 'cancelled', cancelReason: 'member' }, '已取消', '会员已取消这次兑换，不能发放'],
    [{ status: 'cancelled', cancelReason: 'expired' }, '已取消', '超过领取期限未领取，已自动取消，不能发放'],
    [
      { pickupBy: '2026-11-24T05:29:00.000Z' },
      '已过期',
      '提货码已于 2026年11月24日 13:29 过期，不能发放（积分会自动退回会员）',
    ],
  ])('says why (%o)', (over, status, why) => {
    const { container } = render(<ScannedOrder order={order(over as never)} member={scannedMember()} now={now} />);
    expect(q(container, '.scan-order-status').textContent).toBe(status);
    expect(q(container, '.handout-blocked').textContent).toBe(why);
    expect(container.querySelector('.handout-confirm')).toBeNull();
  });
});
