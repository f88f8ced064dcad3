import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PlusPage from '../../miniapp/src/pages/plus/index';
import { CardPlus } from '../../miniapp/src/features/plans/components/CardPlus';
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
import { monthly, myPlan, yearly } from './plan-fixtures';
import { payment } from './wallet-fixtures';

jest.mock('../../miniapp/src/config/env', () => jest.requireActual('./weapp-env'));

payingMember();

/** The plan API: orders by WeChat Pay answer with `statuses` in turn when polled; the wallet pays at once. */
function api(statuses: PaidStatus[], mine: unknown = null, redeem?: { status: number; body: unknown }) {
  const status = inTurn(statuses);
  return mockApi(({ method, path, data }) => {
    if (path === '/v1/plans') return { status: 200, body: [monthly, yearly] };
    if (path === '/v1/me/plan') return { status: 200, body: mine };
    if (method === 'POST' && path === '/v1/plans/PLUS-M/orders') {
      const wallet = (data as { payWith: string }).payWith === 'wallet';
      return {
        status: 201,
        body: {
          orderId: 'O1',
          status: wallet ? 'paid' : 'awaiting_payment',
          priceFen: 1_900,
          ...(wallet ? {} : { payment }),
        },
      };
    }
    if (path === '/v1/money-orders/O1') {
      return { status: 200, body: { orderId: 'O1', status: status(), priceFen: 1_900, paidAt: null } };
    }
    if (path === '/v1/plans/activation-codes/redeem' && redeem) return redeem;
    return errorReply(404, 'NOT_FOUND', '不存在');
  });
}

describe('开通PLUS', () => {
  it('loading, then the plans with prices and benefits; 月卡 paid with WeChat Pay through the payment step → 付款成功', async () => {
    const request = api(['awaiting_payment', 'paid']);
    const { container } = render(<PlusPage />);
    expect(screen.getByText('加载中…')).toBeTruthy();
    await waitFor(() => expect(container.querySelectorAll('.plus-plan')).toHaveLength(2));
    expect(container.querySelector('.plus-plan-PLUS-Y .plus-plan__month')!.textContent).toBe('约¥13.81/月');
    expect(screen.getByText('尚未开通')).toBeTruthy();
    expect(container.querySelector('.plus-chooser__benefits')!.textContent).toBe(
      '啡常PLUS 月卡 · 到店消费8.8折 · 积分1.5倍',
    );
    expect(container.querySelector('.plus-pay')!.textContent).toBe('立即开通 ¥19.00');
    fireEvent.click(container.querySelector('.plus-pay')!);
    await waitFor(() => expect(screen.getByText('付款成功')).toBeTruthy(), { timeout: 4_000 });
    expect(requestPayment).toHaveBeenCalledWith(payment);
    const created = sentPost(request);
    expect(created.data).toEqual({ payWith: 'wechat' });
    expect(created.header['Idempotency-Key']).toMatch(/^plan/);
    fireEvent.click(screen.getByText('查看会员卡'));
    expect(Taro.redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/card/index' }));
  });

  it('a member with PLUS sees the end date and 立即续费; paying from the wallet is paid at once (no payment step)', async () => {
    const request = api([], myPlan);
    const { container } = render(<PlusPage />);
    await waitFor(() => expect(screen.getByText('啡常PLUS 月卡 · 有效期至2026年12月31日')).toBeTruthy());
    expect(container.querySelector('.plus-pay')!.textContent).toBe('立即续费 ¥19.00');
    fireEvent.click(container.querySelector('.pay-with-wallet')!);
    fireEvent.click(container.querySelector('.plus-pay')!);
    await waitFor(() => expect(screen.getByText('付款成功')).toBeTruthy());
    expect(requestPayment).not.toHaveBeenCalled();
    expect(sentPost(request).data).toEqual({ payWith: 'wallet' });
  });

  it('pending: paid but not confirmed within the polls says 还在确认; 再查一次 finds it paid', async () => {
    api(paidLate());
    await expectConfirmedOnRecheck(<PlusPage />, '.plus-pay', '付款成功');
  });

  it('a cancelled payment says 已取消; a wallet too short says why', async () => {
    api(['awaiting_payment']);
    requestPayment.mockRejectedValue({ errMsg: 'requestPayment:fail cancel' });
    const { container } = render(<PlusPage />);
    await waitFor(() => expect(container.querySelector('.plus-pay')).toBeTruthy());
    fireEvent.click(container.querySelector('.plus-pay')!);
    await waitFor(() => expect(screen.getByText('已取消')).toBeTruthy());
    mockApi(({ method, path }) =>
      path === '/v1/plans'
        ? { status: 200, body: [monthly] }
        : path === '/v1/me/plan'
          ? { status: 200, body: null }
          : method === 'POST'
            ? errorReply(409, 'WALLET_INSUFFICIENT', '钱包余额不足')
            : errorReply(404, 'NOT_FOUND', '不存在'),
    );
    fireEvent.click(screen.getByText('返回重新选择'));
    await waitFor(() => expect(container.querySelector('.plus-pay')).toBeTruthy());
    fireEvent.click(container.querySelector('.pay-with-wallet')!);
    fireEvent.click(container.querySelector('.plus-pay')!);
    await waitFor(() => expect(screen.getByText('没有购买成功')).toBeTruthy());
    expect(screen.getByText('钱包余额不足')).toBeTruthy();
  });

  it('error and empty: plans that fail to load offer 重试; no plan on sale still lets a code be redeemed', async () => {
    mockApi(() => errorReply(500, 'INTERNAL', '服务暂时不可用'));
    render(<PlusPage />);
    await waitFor(() => expect(screen.getByText('会员方案加载失败')).toBeTruthy());
    mockApi(({ path }) => ({ status: 200, body: path === '/v1/plans' ? [] : null }));
    fireEvent.click(screen.getByText('重新加载'));
    await waitFor(() => expect(screen.getByText('暂未开放购买，可使用兑换码开通')).toBeTruthy());
    expect(screen.getByText('使用兑换码')).toBeTruthy();
  });

  it('a code redeemed says which plan until when; a used code, and 429 after repeated failures, in the member’s words', async () => {
    const redeemed = { status: 201, body: { plan: monthly, activeUntil: '2026-12-31T23:59:59+08:00' } };
    const request = api([], null, redeemed);
    const { container } = render(<PlusPage />);
    const input = container.querySelector('.plus-redeem__input')!;
    fireEvent.click(container.querySelector('.plus-redeem__submit')!);
    expect(screen.getByText('请输入兑换码')).toBeTruthy();
    fireEvent.input(input, { detail: { value: ' ABCD-EFGH-JKMN-PQRS ' } });
    fireEvent.change(input, { target: { value: ' ABCD-EFGH-JKMN-PQRS ' } });
    fireEvent.click(container.querySelector('.plus-redeem__submit')!);
    await waitFor(() => expect(screen.getByText('已开通啡常PLUS 月卡，有效期至2026年12月31日')).toBeTruthy());
    const sent = sentPost(request);
    expect(sent.data).toEqual({ code: 'ABCD-EFGH-JKMN-PQRS' });
    expect(sent.header['Idempotency-Key']).toMatch(/^redeem/);

    api([], null, errorReply(409, 'CODE_USED', 'code used'));
    fireEvent.change(input, { target: { value: 'ABCDEFGHJKMNPQRS' } });
    fireEvent.click(container.querySelector('.plus-redeem__submit')!);
    await waitFor(() => expect(screen.getByText('该兑换码已被使用')).toBeTruthy());
    api([], null, errorReply(429, 'RATE_LIMITED', 'too many'));
    fireEvent.click(container.querySelector('.plus-redeem__submit')!);
    await waitFor(() => expect(screen.getByText('兑换失败次数过多，请一小时后再试')).toBeTruthy());
  });
});

describe('PLUS on the card', () => {
  it('shows PLUS with the end date while a plan runs, 开通PLUS otherwise; a tap opens 开通PLUS', async () => {
    api([], myPlan);
    const { container, unmount } = render(<CardPlus />);
    await waitFor(() => expect(container.querySelector('.card-plus-status')!.textContent).toBe('啡常PLUS 月卡'));
    expect(container.querySelector('.card-plus-until')!.textContent).toBe('2026-12-31 到期');
    expect(container.querySelector('.card-plus__plan--held')).toBeTruthy();
    fireEvent.click(container.querySelector('.card-open-plus')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/plus/index' }));
    unmount();
    api([], null);
    const again = render(<CardPlus />);
    await waitFor(() =>
      expect(again.container.querySelector('.card-plus-status')!.textContent).toBe('开通PLUS 享到店折扣'),
    );
    expect(again.container.querySelector('.card-plus__plan--held')).toBeNull();
  });
});
