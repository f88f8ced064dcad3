import { fireEvent, render, waitFor } from '@testing-library/react';
import StoreTopupPage from '../../miniapp/src/store/topup/index';
import { buildCounterTopup } from '../../miniapp/src/features/wallet/counter-topup';
import { router } from './__mocks__/taro';
import { scannedMember } from './coupon-fixtures';
import { CODE, errorReply, mockApi, signIn } from './fixtures';
import { offer } from './wallet-fixtures';

const TICKET = 'CT1.eyJ0aWNrZXQiOnRydWV9.abc';
const scanned = { status: 200, body: { kind: 'member', member: scannedMember(), coupons: [], counterTicket: TICKET } };
const type = (container: HTMLElement, selector: string, value: string) =>
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent;
const topupCalls = (request: jest.Mock) =>
  request.mock.calls.filter((call) => (call[0].url as string).endsWith('/v1/store/topups')).map((call) => call[0]);

describe('the counter top-up, checked before it is sent', () => {
  const who = { memberCode: CODE };
  it('takes a package or an amount within the program’s bounds, and a receipt number', () => {
    expect(buildCounterTopup(who, { choice: { packageId: 'P300' }, receiptNo: ' C-1 ' }, offer)).toEqual({
      ok: true,
      request: { memberCode: CODE, receiptNo: 'C-1', packageId: 'P300' },
      payFen: 30_000,
    });
    expect(buildCounterTopup(who, { choice: { custom: '50' }, receiptNo: 'C2' }, offer)).toEqual({
      ok: true,
      request: { memberCode: CODE, receiptNo: 'C2', amountFen: 5_000 },
      payFen: 5_000,
    });
    expect(buildCounterTopup(who, { choice: { custom: '5' }, receiptNo: '' }, offer)).toEqual({
      ok: false,
      errors: { amount: '最少充值 ¥10.00', receiptNo: '请输入小票号' },
    });
    expect(buildCounterTopup(who, { choice: { custom: '6000' }, receiptNo: 'C3' }, offer)).toEqual({
      ok: false,
      errors: { amount: '金额不能超过 ¥5,000.00' },
    });
    expect(buildCounterTopup(who, { choice: { custom: '' }, receiptNo: '小票' }, offer)).toEqual({
      ok: false,
      errors: { amount: '请选择套餐或输入充值金额', receiptNo: '小票号只能包含字母、数字、- 和 _' },
    });
  });
});

describe('门店充值 page', () => {
  beforeEach(() => {
    signIn('staff');
    router.params = { code: CODE };
  });

  it('tops up the chosen package once with the scan’s ticket and shows the new balance', async () => {
    const request = mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned;
      if (path === '/v1/wallet/packages') return { status: 200, body: offer };
      if (path === '/v1/store/topups')
        return {
          status: 201,
          body: { topupId: 'TC1', memberId: '01J', payFen: 30_000, bonusFen: 4_000, balanceFen: 34_500 },
        };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StoreTopupPage />);
    await waitFor(() => expect(text(container, '.purchase-member__nickname')).toBe('晨光美式'));
    await waitFor(() => expect(container.querySelectorAll('.counter-topup-package')).toHaveLength(2));
    expect(text(container, '.counter-topup-package')).toBe('¥300.00送¥40.00 + 30积分 + 1张券');
    expect(text(container, '.counter-topup-submit')).toBe('已收款 ¥300.00，确认充值');
    fireEvent.click(container.querySelector('.counter-topup-submit')!);
    expect(text(container, '.counter-topup-receipt-error')).toBe('请输入小票号');
    expect(topupCalls(request)).toHaveLength(0);

    type(container, '.counter-topup-receipt', 'C1001');
    fireEvent.click(container.querySelector('.counter-topup-submit')!);
    await waitFor(() => expect(container.querySelector('.counter-topup-result')).not.toBeNull());
    const [sent] = topupCalls(request);
    expect(sent!.data).toEqual({ counterTicket: TICKET, receiptNo: 'C1001', packageId: 'P300' });
    expect(sent!.header['Idempotency-Key']).toMatch(/^store-topup-/);
    expect(text(container, '.counter-topup-result-pay')).toBe('¥300.00');
    expect(text(container, '.counter-topup-result-bonus')).toBe('¥40.00');
    expect(text(container, '.counter-topup-result-balance')).toBe('¥345.00');
  });

  it('takes a custom amount, says a used receipt number under its field, and retries a lost answer with the same key', async () => {
    let tries = 0;
    const request = mockApi(({ path, data }) => {
      if (path === '/v1/store/scan') return scanned;
      if (path === '/v1/wallet/packages') return { status: 200, body: offer };
      if (path === '/v1/store/topups') {
        if ((data as { receiptNo: string }).receiptNo === 'USED') return errorReply(409, 'RECEIPT_DUPLICATE', 'x');
        tries += 1;
        if (tries === 1) return new Error('request:fail timeout');
        return {
          status: 201,
          body: { topupId: 'TC2', memberId: '01J', payFen: 8_800, bonusFen: 0, balanceFen: 8_800 },
        };
      }
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StoreTopupPage />);
    await waitFor(() => expect(container.querySelector('.counter-topup-amount')).not.toBeNull());
    fireEvent.focus(container.querySelector('.counter-topup-amount')!);
    type(container, '.counter-topup-amount', '88');
    type(container, '.counter-topup-receipt', 'USED');
    fireEvent.click(container.querySelector('.counter-topup-submit')!);
    await waitFor(() =>
      expect(text(container, '.counter-topup-receipt-error')).toBe('这个小票号已经登记过，请核对小票号'),
    );

    type(container, '.counter-topup-receipt', 'C88');
    fireEvent.click(container.querySelector('.counter-topup-submit')!);
    await waitFor(() => expect(text(container, '.counter-topup-submit')).toBe('重试确认（不会重复充值）'));
    fireEvent.click(container.querySelector('.counter-topup-submit')!);
    await waitFor(() => expect(text(container, '.counter-topup-result-balance')).toBe('¥88.00'));
    const sent = topupCalls(request).slice(1);
    expect(sent.map((call) => call.data)).toEqual([
      { counterTicket: TICKET, receiptNo: 'C88', amountFen: 8_800 },
      { counterTicket: TICKET, receiptNo: 'C88', amountFen: 8_800 },
    ]);
    expect(sent[0]!.header['Idempotency-Key']).toBe(sent[1]!.header['Idempotency-Key']);
    expect(text(container, '.counter-topup-result-bonus')).toBe('无');
  });

  it('asks for a scan first, and says when the packages cannot be loaded', async () => {
    router.params = {};
    const first = render(<StoreTopupPage />);
    expect(first.container.textContent).toContain('还没有扫描会员码');
    first.unmount();
    router.params = { code: CODE };
    mockApi(({ path }) => (path === '/v1/store/scan' ? scanned : errorReply(500, 'INTERNAL', '服务暂时不可用')));
    const { container } = render(<StoreTopupPage />);
    await waitFor(() => expect(container.textContent).toContain('充值套餐加载失败'));
  });
});
