import { fireEvent, render, waitFor } from '@testing-library/react';
import type { PurchasePreviewResponse, PurchaseResponse } from '@app/shared';
import StorePurchasePage from '../../miniapp/src/store/purchase/index';
import { ApiError } from '../../miniapp/src/lib/api-error';
import {
  checkChoice,
  initialChoiceDraft,
  paymentRefusalText,
} from '../../miniapp/src/features/purchase/payment-choice';
import { router } from './__mocks__/taro';
import { scannedMember } from './coupon-fixtures';
import { CODE, errorReply, mockApi, signIn } from './fixtures';

const member = { memberId: '01J', memberNo: '15184754', nickname: '晨光美式', level: { code: 'L1', name: '普通会员' } };

/** ¥60 payable; a ¥340 wallet (¥40 of it bonus); 500 points may pay ¥5 (100 points a yuan). */
const preview = (over: Partial<PurchasePreviewResponse> = {}): PurchasePreviewResponse => ({
  amountFen: 6000,
  levelDiscountFen: 0,
  planDiscountFen: 0,
  couponDiscountFen: 0,
  payableFen: 6000,
  points: 60,
  growth: 60,
  member,
  promotion: null,
  levelChange: null,
  coupon: null,
  stamp: false,
  walletBalanceFen: 34_000,
  walletBonusFen: 4_000,
  pointsAsCash: { maxPoints: 500, maxFen: 500 },
  cashFen: 6000,
  ...over,
});

const recorded = (over: Partial<PurchaseResponse> = {}): PurchaseResponse => ({
  purchaseId: '01P',
  receiptNo: 'W1',
  storeId: 'S001',
  memberId: '01J',
  amountFen: 6000,
  levelDiscountFen: 0,
  planDiscountFen: 0,
  couponDiscountFen: 0,
  payableFen: 6000,
  points: 48,
  growth: 48,
  levelChange: null,
  giftPoints: 0,
  couponsUsed: [],
  badges: [],
  refundedFen: 0,
  at: '2026-12-06T05:29:00Z',
  stamps: null,
  stampCouponId: null,
  stampGift: null,
  walletFen: 5_500,
  walletBonusFen: 647,
  pointsUsed: 500,
  pointsCashFen: 500,
  cashFen: 0,
  memberAfter: null,
  ...over,
});

const type = (container: HTMLElement, selector: string, value: string) =>
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent;
const bodies = (request: jest.Mock, suffix: string) =>
  request.mock.calls.filter((call) => (call[0].url as string).endsWith(suffix)).map((call) => call[0].data);

describe('the payment choice, checked against the offer', () => {
  const offered = preview();

  it('starts with the whole offer: the points, and the wallet for what the points leave', () => {
    expect(initialChoiceDraft(offered, null)).toEqual({
      useWallet: false,
      wallet: '55.00',
      usePoints: false,
      points: '500',
    });
    expect(initialChoiceDraft(offered, { walletFen: 2000, pointsToUse: 0 })).toMatchObject({
      useWallet: true,
      wallet: '20.00',
    });
  });

  it('keeps the wallet within the balance, the points within the offer and both within the payable', () => {
    const draft = { useWallet: true, wallet: '55', usePoints: true, points: '500' };
    expect(checkChoice(draft, offered)).toEqual({ ok: true, choice: { walletFen: 5500, pointsToUse: 500 } });
    expect(checkChoice({ ...draft, wallet: '400' }, offered)).toEqual({ ok: false, wallet: '钱包余额只有 ¥340.00' });
    expect(checkChoice({ ...draft, points: '600' }, offered)).toEqual({ ok: false, points: '本单最多用 500 积分' });
    expect(checkChoice({ ...draft, wallet: '56' }, offered)).toEqual({
      ok: false,
      wallet: '钱包和积分合计不能超过应收 ¥60.00',
    });
    expect(checkChoice({ ...draft, wallet: '', points: 'x' }, offered)).toEqual({
      ok: false,
      wallet: '请输入钱包支付金额',
      points: '请输入要抵现的积分数',
    });
    expect(checkChoice({ ...draft, useWallet: false, usePoints: false }, offered)).toEqual({ ok: true, choice: null });
  });

  it('asks for points that pay whole fen when a yuan costs 300 points', () => {
    const dear = preview({ pointsAsCash: { maxPoints: 900, maxFen: 300 } });
    const draft = { useWallet: false, wallet: '', usePoints: true, points: '301' };
    expect(checkChoice(draft, dear)).toEqual({ ok: false, points: '积分数须是 3 的整数倍' });
    expect(checkChoice({ ...draft, points: '300' }, dear)).toEqual({
      ok: true,
      choice: { walletFen: 0, pointsToUse: 300 },
    });
  });

  it('says each refusal of the server in words a clerk understands', () => {
    const refusal = (code: 'WALLET_INSUFFICIENT' | 'POINTS_AS_CASH_NOT_ALLOWED', details: Record<string, unknown>) =>
      paymentRefusalText(new ApiError({ code, message: 'x', status: 409, details }));
    expect(refusal('WALLET_INSUFFICIENT', { balanceFen: 1200, requiredFen: 5500 })).toBe(
      '会员钱包余额不足（现有 ¥12.00），请重新选择付款方式',
    );
    expect(refusal('POINTS_AS_CASH_NOT_ALLOWED', { why: 'disabled' })).toBe('本店未开通积分抵现，请收现金或用钱包');
    expect(refusal('POINTS_AS_CASH_NOT_ALLOWED', { why: 'below-min-points', minPoints: 100 })).toBe(
      '积分抵现至少要用 100 积分',
    );
    expect(refusal('POINTS_AS_CASH_NOT_ALLOWED', { why: 'over-share', maxSharePercent: 50, maxFen: 3000 })).toBe(
      '积分最多抵本单 ¥30.00（应收的 50%）',
    );
    expect(refusal('POINTS_AS_CASH_NOT_ALLOWED', { why: 'debt', debt: 20 })).toBe(
      '会员有积分欠款，还清前不能用积分抵现',
    );
    expect(refusal('POINTS_AS_CASH_NOT_ALLOWED', { why: 'not-whole-fen', multipleOf: 3 })).toBe(
      '抵现积分须是 3 的整数倍',
    );
  });
});

describe('记录消费 with the wallet and points as cash', () => {
  beforeEach(() => {
    signIn('staff');
    router.params = { code: CODE };
  });

  const scanned = () => ({ status: 200, body: { kind: 'member', member: scannedMember(), coupons: [] } });

  async function previewed(route: (path: string, data: Record<string, unknown>) => unknown) {
    const request = mockApi(({ path, data }) => {
      if (path === '/v1/store/scan') return scanned();
      const answer = route(path, (data ?? {}) as Record<string, unknown>);
      return (answer ?? errorReply(404, 'NOT_FOUND', 'x')) as never;
    });
    const view = render(<StorePurchasePage />);
    const { container } = view;
    await waitFor(() => expect(container.querySelector('.purchase-member__nickname')).not.toBeNull());
    type(container, '.purchase-amount', '60');
    type(container, '.purchase-receipt', 'W1');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.payment-choice')).not.toBeNull());
    return { request, container };
  }

  it('shows the balance and the offer, previews the choice, records it and shows where the money came from', async () => {
    const { request, container } = await previewed((path, data) => {
      if (path === '/v1/store/purchases/preview')
        return { status: 200, body: preview(data.walletFen ? { cashFen: 0, points: 48, growth: 48 } : {}) };
      if (path === '/v1/store/purchases') return { status: 201, body: recorded() };
      return null;
    });
    expect(text(container, '.payment-wallet-balance')).toBe('余额 ¥340.00（含赠送 ¥40.00）');
    expect(text(container, '.payment-points-offer')).toBe('最多 500 积分抵 ¥5.00');
    expect(text(container, '.purchase-confirm')).toBe('确认记录 · 应收 ¥60.00');

    fireEvent.click(container.querySelector('.payment-use-wallet')!);
    fireEvent.click(container.querySelector('.payment-use-points')!);
    expect((container.querySelector('.payment-wallet-amount') as HTMLInputElement).value).toBe('55.00');
    fireEvent.click(container.querySelector('.payment-apply')!);
    await waitFor(() => expect(text(container, '.purchase-confirm')).toBe('确认记录 · 收现金 ¥0.00'));
    expect(bodies(request, '/preview').pop()).toEqual({
      memberCode: CODE,
      amountFen: 6000,
      walletFen: 5500,
      pointsToUse: 500,
    });
    expect(text(container, '.payment-split-wallet')).toBe('钱包支付¥55.00');
    expect(text(container, '.payment-split-points')).toBe('积分抵现（500 积分）¥5.00');
    expect(text(container, '.payment-split-cash')).toBe('还需收现金¥0.00');

    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-result')).not.toBeNull());
    expect(bodies(request, '/v1/store/purchases').pop()).toEqual({
      memberCode: CODE,
      receiptNo: 'W1',
      amountFen: 6000,
      walletFen: 5500,
      pointsToUse: 500,
    });
    expect(text(container, '.purchase-result .payment-split-wallet')).toBe('钱包支付（含赠送 ¥6.47）¥55.00');
    expect(text(container, '.purchase-result .payment-split-points')).toBe('积分抵现（500 积分）¥5.00');
    expect(text(container, '.purchase-result .payment-split-cash')).toBe('现金¥0.00');
  });

  it('keeps amounts within the offer before asking the server', async () => {
    const { request, container } = await previewed((path) =>
      path === '/v1/store/purchases/preview' ? { status: 200, body: preview() } : null,
    );
    fireEvent.click(container.querySelector('.payment-use-wallet')!);
    type(container, '.payment-wallet-amount', '341');
    fireEvent.click(container.querySelector('.payment-apply')!);
    expect(text(container, '.payment-wallet-error')).toBe('钱包余额只有 ¥340.00');
    expect(bodies(request, '/preview')).toHaveLength(1);
  });

  it('a refusal at confirmation is said in words, drops the choice, and the next preview is all cash again', async () => {
    const { request, container } = await previewed((path, data) => {
      if (path === '/v1/store/purchases/preview')
        return { status: 200, body: preview(data.walletFen ? { cashFen: 500 } : {}) };
      if (path === '/v1/store/purchases')
        return errorReply(409, 'WALLET_INSUFFICIENT', '余额不足', { balanceFen: 1200, requiredFen: 5500 });
      return null;
    });
    fireEvent.click(container.querySelector('.payment-use-wallet')!);
    fireEvent.click(container.querySelector('.payment-apply')!);
    await waitFor(() => expect(text(container, '.purchase-confirm')).toBe('确认记录 · 收现金 ¥5.00'));
    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() =>
      expect(text(container, '.purchase-error')).toBe('会员钱包余额不足（现有 ¥12.00），请重新选择付款方式'),
    );
    expect(container.querySelector('.purchase-confirm')).toBeNull();
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.payment-choice')).not.toBeNull());
    expect(bodies(request, '/preview').pop()).toEqual({ memberCode: CODE, amountFen: 6000 });
  });

  it('a refused preview of points as cash says why and shows no stale preview to confirm', async () => {
    const { container } = await previewed((path, data) => {
      if (path !== '/v1/store/purchases/preview') return null;
      return data.pointsToUse
        ? errorReply(409, 'POINTS_AS_CASH_NOT_ALLOWED', '本单不能使用积分抵现', { why: 'debt', debt: 30 })
        : { status: 200, body: preview() };
    });
    fireEvent.click(container.querySelector('.payment-use-points')!);
    fireEvent.click(container.querySelector('.payment-apply')!);
    await waitFor(() => expect(text(container, '.purchase-error')).toBe('会员有积分欠款，还清前不能用积分抵现'));
    expect(container.querySelector('.purchase-confirm')).toBeNull();
  });

  it('shows no payment choice when the member has neither a balance nor points that may pay', async () => {
    mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned();
      if (path === '/v1/store/purchases/preview')
        return {
          status: 200,
          body: preview({ walletBalanceFen: 0, walletBonusFen: 0, pointsAsCash: { maxPoints: 0, maxFen: 0 } }),
        };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-member__nickname')).not.toBeNull());
    type(container, '.purchase-amount', '60');
    type(container, '.purchase-receipt', 'W1');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-confirm')).not.toBeNull());
    expect(container.querySelector('.payment-choice')).toBeNull();
  });
});
