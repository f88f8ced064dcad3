import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import TopupPage from '../../miniapp/src/pages/topup/index';
import { router } from './__mocks__/taro';
import { errorReply, mockApi } from './fixtures';
import {
  expectConfirmedOnRecheck,
  inTurn,
  type PaidStatus,
  paidLate,
  payingMember,
  requestPayment,
  sentPost,
} from './member-payment';
import { offer, payment, topup } from './wallet-fixtures';

jest.mock('../../miniapp/src/config/env', () => jest.requireActual('./weapp-env'));

payingMember();

/** The API of a top-up whose status answers come from `statuses` in turn (the last one repeats). */
function api(statuses: PaidStatus[]) {
  const next = inTurn(statuses);
  return mockApi(({ method, path }) => {
    if (path === '/v1/wallet/packages') return { status: 200, body: offer };
    if (method === 'POST' && path === '/v1/wallet/topups') return { status: 201, body: { ...topup(), payment } };
    if (path === '/v1/wallet/topups/TU1') {
      const status = next();
      return { status: 200, body: topup({ status, ...(status === 'paid' ? { balanceFen: 34_000 } : {}) }) };
    }
    return errorReply(404, 'NOT_FOUND', '不存在');
  });
}

describe('充值', () => {
  it('offers the packages with 送 and gifts; pays the chosen one with the server’s arguments; says 到账了', async () => {
    const request = api(['awaiting_payment', 'paid']);
    const { container } = render(<TopupPage />);
    await waitFor(() => expect(container.querySelectorAll('.topup-package')).toHaveLength(2));
    expect(container.querySelector('.topup-package__gifts')!.textContent).toBe('送¥40.00 + 30积分 + 1张券');
    expect(container.querySelector('.topup-pay')!.textContent).toBe('立即支付 ¥300.00');
    fireEvent.click(container.querySelector('.topup-pay')!);
    await waitFor(() => expect(screen.getByText('到账了')).toBeTruthy(), { timeout: 4_000 });
    expect(requestPayment).toHaveBeenCalledWith(payment);
    const created = sentPost(request);
    expect(created.data).toEqual({ packageId: 'P300' });
    expect(created.header['Idempotency-Key']).toMatch(/^topup/);
    expect(screen.getByText(/钱包余额 ¥340.00/)).toBeTruthy();
    fireEvent.click(screen.getByText('查看钱包'));
    expect(Taro.redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/wallet/index' }));
  });

  it('a custom amount within the program’s bounds; below the minimum it says the minimum', async () => {
    const request = api(['paid']);
    const { container } = render(<TopupPage />);
    await waitFor(() => expect(container.querySelector('.topup-custom__input')).toBeTruthy());
    const input = container.querySelector('.topup-custom__input')!;
    fireEvent.change(input, { target: { value: '5' } });
    expect(screen.getByText('最少充值 ¥10.00')).toBeTruthy();
    expect(container.querySelector('.topup-pay')!.textContent).toBe('立即支付');
    fireEvent.click(container.querySelector('.topup-pay')!);
    expect(request.mock.calls.some(([options]) => options.method === 'POST')).toBe(false);
    fireEvent.change(input, { target: { value: '88.5' } });
    expect(container.querySelector('.topup-pay')!.textContent).toBe('立即支付 ¥88.50');
    fireEvent.click(container.querySelector('.topup-pay')!);
    await waitFor(() => expect(screen.getByText('到账了')).toBeTruthy());
    expect(sentPost(request).data).toEqual({ amountFen: 8_850 });
  });

  it('a cancelled payment says 已取消 and nothing changed', async () => {
    api(['awaiting_payment']);
    requestPayment.mockRejectedValue({ errMsg: 'requestPayment:fail cancel' });
    const { container } = render(<TopupPage />);
    await waitFor(() => expect(container.querySelector('.topup-pay')).toBeTruthy());
    fireEvent.click(container.querySelector('.topup-pay')!);
    await waitFor(() => expect(screen.getByText('已取消')).toBeTruthy());
    expect(screen.getByText('你取消了付款，钱包余额没有变化。')).toBeTruthy();
    fireEvent.click(screen.getByText('重新充值'));
    await waitFor(() => expect(container.querySelector('.topup-pay')).toBeTruthy());
  });

  it('paid but not yet confirmed by the server after a few seconds: 还在确认, and 再查一次 finds it 到账了', async () => {
    api(paidLate());
    await expectConfirmedOnRecheck(<TopupPage />, '.topup-pay', '到账了');
  });

  it('back from the payment sheet (H5): an order closed meanwhile says 已关闭; a refused top-up says why', async () => {
    router.params = { topupId: 'TU1', pay_result: 'ok' };
    api(['closed']);
    render(<TopupPage />);
    await waitFor(() => expect(screen.getByText('已关闭')).toBeTruthy());
    router.params = {};
    mockApi(({ method, path }) =>
      path === '/v1/wallet/packages'
        ? { status: 200, body: offer }
        : method === 'POST'
          ? errorReply(400, 'VALIDATION_FAILED', '充值金额不在允许范围内')
          : errorReply(404, 'NOT_FOUND', '不存在'),
    );
    fireEvent.click(screen.getByText('重新充值'));
    await waitFor(() => expect(document.querySelector('.topup-pay')).toBeTruthy());
    fireEvent.click(document.querySelector('.topup-pay')!);
    await waitFor(() => expect(screen.getByText('没有充值成功')).toBeTruthy());
  });
});
