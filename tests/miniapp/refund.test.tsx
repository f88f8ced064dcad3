import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StoreRefundPage from '../../miniapp/src/store/refund/index';
import { debtCreatedText } from '../../miniapp/src/features/refund/refund-words';
import { errorReply, mockApi, signIn } from './fixtures';

const found = (over: Record<string, unknown> = {}) => ({
  purchaseId: '01P',
  receiptNo: 'R1001',
  storeId: 'S001',
  memberId: '01J',
  amountFen: 50000,
  levelDiscountFen: 0,
  couponDiscountFen: 0,
  payableFen: 50000,
  points: 500,
  growth: 500,
  levelChange: { from: 'L1', to: 'L2', fromName: '普通会员', toName: '银卡会员' },
  giftPoints: 100,
  couponsUsed: [],
  badges: [],
  refundedFen: 0,
  at: '2026-11-23T05:29:00Z',
  memberNo: '15184754',
  nickname: '晨光美式',
  refundableFen: 50000,
  ...over,
});

const refunded = (over: Record<string, unknown> = {}) => ({
  refundId: '01R',
  purchaseId: '01P',
  refundedFen: 1250,
  pointsReversed: 12,
  growthReversed: 12,
  debtCreated: 0,
  couponsRestored: [],
  levelChange: null,
  ...over,
});

function find(container: HTMLElement, receipt: string) {
  fireEvent.change(container.querySelector('.refund-receipt')!, { target: { value: receipt } });
  fireEvent.click(container.querySelector('.refund-find')!);
}

describe('退款 page', () => {
  beforeEach(() => signIn('staff'));

  it('finds the purchase by receipt number and shows member, paid and refundable', async () => {
    const request = mockApi(({ path, query }) =>
      path === '/v1/store/purchases' && query.get('receiptNo') === 'R1001'
        ? { status: 200, body: found({ refundedFen: 1000, refundableFen: 49000 }) }
        : errorReply(404, 'NOT_FOUND', 'x'),
    );
    const { container } = render(<StoreRefundPage />);
    find(container, ' R1001 ');
    await waitFor(() => expect(container.querySelector('.refund-purchase')).not.toBeNull());
    expect(request.mock.calls[0][0].url).toMatch(/\/v1\/store\/purchases\?receiptNo=R1001$/);
    const card = container.querySelector('.refund-purchase')!.textContent!;
    expect(card).toContain('晨光美式');
    expect(card).toContain('15184754');
    expect(container.querySelector('.refund-paid')!.textContent).toBe('¥500.00');
    expect(card).toContain('已退金额¥10.00');
    expect(container.querySelector('.refund-refundable')!.textContent).toBe('¥490.00');
    expect(card).toContain('部分退款');
  });

  it("says so when the store has no such receipt (the server's words)", async () => {
    mockApi(() => errorReply(404, 'NOT_FOUND', '本店没有小票号为 R404 的消费'));
    const { container } = render(<StoreRefundPage />);
    find(container, 'R404');
    await waitFor(() => expect(container.querySelector('.refund-find-error')).not.toBeNull());
    expect(container.querySelector('.refund-find-error')!.textContent).toBe('本店没有小票号为 R404 的消费');
  });

  it('refunds part after confirmation, with an Idempotency-Key, and shows what was taken back and the debt', async () => {
    const request = mockApi(({ method, path }) => {
      if (method === 'GET') return { status: 200, body: found() };
      if (path === '/v1/store/purchases/01P/refund') return { status: 201, body: refunded({ debtCreated: 30 }) };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StoreRefundPage />);
    find(container, 'R1001');
    await waitFor(() => expect(container.querySelector('.refund-confirm')).not.toBeNull());
    fireEvent.click(container.querySelector('.refund-mode-partial')!);
    fireEvent.change(container.querySelector('.refund-amount-input')!, { target: { value: '600' } });
    fireEvent.click(container.querySelector('.refund-confirm')!);
    expect(container.querySelector('.refund-amount-error')!.textContent).toBe('最多可退 ¥500.00');
    fireEvent.change(container.querySelector('.refund-amount-input')!, { target: { value: '12.5' } });
    fireEvent.click(container.querySelector('.refund-confirm')!);
    await waitFor(() => expect(container.querySelector('.refund-result')).not.toBeNull());

    expect((Taro.showModal as jest.Mock).mock.calls[0][0].content).toContain('退款 ¥12.50 给 晨光美式');
    const call = request.mock.calls.find((c) => c[0].method === 'POST')!;
    expect(call[0].data).toEqual({ amountFen: 1250 });
    expect(call[0].header['Idempotency-Key']).toMatch(/^refund-/);
    expect(container.querySelector('.refund-result-amount')!.textContent).toBe('¥12.50');
    expect(container.querySelector('.refund-result-points')!.textContent).toBe('-12');
    expect(container.querySelector('.refund-debt')!.textContent).toBe(debtCreatedText(30));
    expect(debtCreatedText(30)).toContain('积分欠款 30');
  });

  it('refunds everything that remains by leaving the amount out, and names a reverted upgrade', async () => {
    const request = mockApi(({ method }) =>
      method === 'GET'
        ? { status: 200, body: found() }
        : {
            status: 201,
            body: refunded({
              refundedFen: 50000,
              pointsReversed: 500,
              growthReversed: 500,
              levelChange: { from: 'L2', to: 'L1', fromName: '银卡会员', toName: '普通会员' },
            }),
          },
    );
    const { container } = render(<StoreRefundPage />);
    find(container, 'R1001');
    await waitFor(() => expect(container.querySelector('.refund-confirm')).not.toBeNull());
    fireEvent.click(container.querySelector('.refund-confirm')!);
    await waitFor(() => expect(container.querySelector('.refund-result')).not.toBeNull());
    expect(request.mock.calls.find((c) => c[0].method === 'POST')![0].data).toEqual({});
    expect(container.querySelector('.refund-level-change')!.textContent).toContain('会员等级由银卡会员调整为普通会员');
    expect(container.querySelector('.refund-debt')).toBeNull();
  });

  it('does nothing when the cashier backs out of the confirmation', async () => {
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    const request = mockApi(() => ({ status: 200, body: found() }));
    const { container } = render(<StoreRefundPage />);
    find(container, 'R1001');
    await waitFor(() => expect(container.querySelector('.refund-confirm')).not.toBeNull());
    fireEvent.click(container.querySelector('.refund-confirm')!);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(request.mock.calls.some((c) => c[0].method === 'POST')).toBe(false);
  });

  it('retries a refund that got no answer with the same key, and explains refusals', async () => {
    let tries = 0;
    const request = mockApi(({ method }) => {
      if (method === 'GET') return { status: 200, body: found() };
      tries += 1;
      if (tries === 1) return new Error('offline');
      if (tries === 2) return { status: 201, body: refunded({ refundedFen: 50000 }) };
      return errorReply(409, 'ALREADY_REFUNDED', 'already');
    });
    const { container } = render(<StoreRefundPage />);
    find(container, 'R1001');
    await waitFor(() => expect(container.querySelector('.refund-confirm')).not.toBeNull());
    fireEvent.click(container.querySelector('.refund-confirm')!);
    await waitFor(() => expect(container.querySelector('.refund-error')).not.toBeNull());
    expect(container.querySelector('.refund-error')!.textContent).toContain('不会重复退款');
    expect(container.querySelector('.refund-confirm')!.textContent).toBe('重试退款');
    fireEvent.click(container.querySelector('.refund-confirm')!);
    await waitFor(() => expect(container.querySelector('.refund-result')).not.toBeNull());
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    const keys = request.mock.calls.filter((c) => c[0].method === 'POST').map((c) => c[0].header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('offers no refund for a purchase refunded in full', async () => {
    mockApi(() => ({ status: 200, body: found({ refundedFen: 50000, refundableFen: 0 }) }));
    const { container } = render(<StoreRefundPage />);
    find(container, 'R1001');
    await waitFor(() => expect(container.querySelector('.refund-purchase')).not.toBeNull());
    expect(container.querySelector('.refund-confirm')).toBeNull();
    expect(container.querySelector('.refund-purchase')!.textContent).toContain('已全额退款');
  });
});
