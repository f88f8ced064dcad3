import { fireEvent, render, waitFor } from '@testing-library/react';
import type { CouponView, PurchasePreviewResponse, PurchaseResponse } from '@app/shared';
import StorePurchasePage from '../../miniapp/src/store/purchase/index';
import { stampGiftText } from '../../miniapp/src/features/purchase/components/StampProgress';
import { buildPurchase, previewBody } from '../../miniapp/src/features/purchase/purchase-form';
import { router } from './__mocks__/taro';
import { coupon, scannedMember } from './coupon-fixtures';
import { CODE, errorReply, mockApi, signIn } from './fixtures';

const member = { memberId: '01J', memberNo: '15184754', nickname: '晨光美式', level: { code: 'L1', name: '普通会员' } };

const preview = (over: Partial<PurchasePreviewResponse> = {}): PurchasePreviewResponse => ({
  amountFen: 3550,
  levelDiscountFen: 0,
  planDiscountFen: 0,
  couponDiscountFen: 0,
  payableFen: 3550,
  points: 35,
  growth: 35,
  member,
  promotion: null,
  levelChange: null,
  coupon: null,
  stamp: true,
  walletBalanceFen: 0,
  walletBonusFen: 0,
  pointsAsCash: { maxPoints: 0, maxFen: 0 },
  cashFen: 0,
  ...over,
});

const recorded = (over: Partial<PurchaseResponse> = {}): PurchaseResponse => ({
  purchaseId: '01P',
  receiptNo: 'R2001',
  storeId: 'S001',
  memberId: '01J',
  amountFen: 3550,
  levelDiscountFen: 0,
  planDiscountFen: 0,
  couponDiscountFen: 0,
  payableFen: 3550,
  points: 35,
  growth: 35,
  levelChange: null,
  giftPoints: 0,
  couponsUsed: [],
  badges: [],
  refundedFen: 0,
  at: '2026-11-23T05:29:00Z',
  stamps: { count: 4, of: 10 },
  stampCouponId: null,
  stampGift: '中杯咖啡兑换券',
  walletFen: 0,
  walletBonusFen: 0,
  pointsUsed: 0,
  pointsCashFen: 0,
  cashFen: 0,
  memberAfter: null,
  ...over,
});

const coupons: CouponView[] = [
  coupon({ couponId: 'c-5off', title: '满30减5' }),
  coupon({
    couponId: 'c-latte',
    title: '拿铁8.8折',
    type: 'percent_off',
    valueFen: null,
    percent: 88,
    minSpendFen: 0,
    maxDiscountFen: 2000,
  }),
];

const scanned = (list: CouponView[] = coupons) => ({
  status: 200,
  body: { kind: 'member', member: scannedMember(), coupons: list },
});

function type(container: HTMLElement, selector: string, value: string) {
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
}

const calls = (request: jest.Mock, suffix: string) =>
  request.mock.calls.filter(([options]) => (options.url as string).endsWith(suffix)).map(([options]) => options);

describe('the purchase request with a coupon', () => {
  it('sends couponIds: [id] with the preview and the purchase, and nothing without a coupon', () => {
    const built = buildPurchase(
      { memberCode: CODE },
      { amount: '35.5', receiptNo: 'R1', lines: [], couponId: 'c-5off' },
    );
    expect(built).toEqual({
      ok: true,
      body: { memberCode: CODE, receiptNo: 'R1', amountFen: 3550, couponIds: ['c-5off'] },
    });
    if (built.ok) expect(previewBody(built.body)).toEqual({ memberCode: CODE, amountFen: 3550, couponIds: ['c-5off'] });
    expect(buildPurchase({ memberCode: CODE }, { amount: '35.5', receiptNo: 'R1', lines: [], couponId: null })).toEqual(
      {
        ok: true,
        body: { memberCode: CODE, receiptNo: 'R1', amountFen: 3550 },
      },
    );
  });
});

describe('记录消费 with a coupon', () => {
  beforeEach(() => {
    signIn('staff');
    router.params = { code: CODE };
  });

  it('lists the member’s coupons, sends the one picked, shows 优惠券抵扣 in the preview and the result, and the stamp card', async () => {
    const request = mockApi(({ path, data }) => {
      if (path === '/v1/store/scan') return scanned();
      const body = data as { couponIds?: string[] };
      if (path === '/v1/store/purchases/preview') {
        return {
          status: 200,
          body: body.couponIds
            ? preview({ couponDiscountFen: 500, payableFen: 3050, coupon: { couponId: 'c-5off', title: '满30减5' } })
            : preview(),
        };
      }
      if (path === '/v1/store/purchases')
        return { status: 201, body: recorded({ couponDiscountFen: 500, payableFen: 3050, couponsUsed: ['c-5off'] }) };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-c-5off')).not.toBeNull());
    expect(container.querySelector('.purchase-coupon-c-5off')!.textContent).toContain('满¥30可用');
    expect(container.querySelector('.purchase-coupon-c-latte')!.textContent).toContain('8.8折');
    expect(container.querySelector('.purchase-coupon-none')!.className).toContain('purchase-coupon--selected');

    type(container, '.purchase-amount', '35.5');
    type(container, '.purchase-receipt', 'R2001');
    fireEvent.click(container.querySelector('.purchase-coupon-c-5off')!);
    expect(container.querySelector('.purchase-coupon-c-5off')!.className).toContain('purchase-coupon--selected');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-preview')).not.toBeNull());
    expect(calls(request, '/preview')[0].data).toEqual({ memberCode: CODE, amountFen: 3550, couponIds: ['c-5off'] });
    expect(container.querySelector('.purchase-preview-coupon')!.textContent).toBe('优惠券抵扣（满30减5）-¥5.00');
    expect(container.querySelector('.purchase-preview-payable')!.textContent).toBe('¥30.50');
    expect(container.querySelector('.purchase-preview-stamp')!.textContent).toContain('集 1 点');

    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-result')).not.toBeNull());
    expect(calls(request, '/v1/store/purchases')[0].data).toEqual({
      memberCode: CODE,
      receiptNo: 'R2001',
      amountFen: 3550,
      couponIds: ['c-5off'],
    });
    expect(container.querySelector('.purchase-result-coupon')!.textContent).toBe('优惠券抵扣 ¥5.00（满30减5）');
    expect(container.querySelector('.purchase-stamps-count')!.textContent).toBe('4/10');
    expect(container.querySelectorAll('.stamp-dot--on')).toHaveLength(4);
    expect(container.querySelector('.purchase-stamp-coupon')).toBeNull();
  });

  it('picking another coupon or none drops the preview', async () => {
    mockApi(({ path }) => (path === '/v1/store/scan' ? scanned() : { status: 200, body: preview() }));
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-c-5off')).not.toBeNull());
    type(container, '.purchase-amount', '35.5');
    type(container, '.purchase-receipt', 'R2001');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-preview')).not.toBeNull());
    fireEvent.click(container.querySelector('.purchase-coupon-c-latte')!);
    expect(container.querySelector('.purchase-preview')).toBeNull();
    fireEvent.click(container.querySelector('.purchase-coupon-c-latte')!);
    expect(container.querySelector('.purchase-coupon-none')!.className).toContain('purchase-coupon--selected');
  });

  it('shows the server’s refusal next to the coupon, and goes on without it', async () => {
    const request = mockApi(({ path, data }) => {
      if (path === '/v1/store/scan') return scanned();
      if ((data as { couponIds?: string[] }).couponIds) {
        return errorReply(409, 'COUPON_NOT_USABLE', '未达到优惠券的使用门槛', {
          reason: 'BELOW_MIN_SPEND',
          couponId: 'c-5off',
          minSpendFen: 3000,
        });
      }
      return { status: 200, body: preview({ amountFen: 2500, payableFen: 2500 }) };
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-c-5off')).not.toBeNull());
    type(container, '.purchase-amount', '25');
    type(container, '.purchase-receipt', 'R2002');
    fireEvent.click(container.querySelector('.purchase-coupon-c-5off')!);
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-error')).not.toBeNull());
    expect(container.querySelector('.purchase-coupon-c-5off .purchase-coupon-error')!.textContent).toBe(
      '未达到优惠券的使用门槛',
    );
    expect(container.querySelector('.purchase-coupon-c-5off')!.className).toContain('purchase-coupon--refused');
    expect(container.querySelector('.purchase-error')).toBeNull();
    expect(container.querySelector('.purchase-preview')).toBeNull();

    fireEvent.click(container.querySelector('.purchase-coupon-none')!);
    expect(container.querySelector('.purchase-coupon-error')).toBeNull();
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-preview')).not.toBeNull());
    expect(calls(request, '/preview').pop()!.data).toEqual({ memberCode: CODE, amountFen: 2500 });
  });

  it('names the reason from the shared rules when the server’s words are not Chinese', async () => {
    mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned();
      return errorReply(409, 'COUPON_NOT_USABLE', 'coupon not usable', { reason: 'WRONG_STORE', couponId: 'c-latte' });
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-c-latte')).not.toBeNull());
    type(container, '.purchase-amount', '25');
    type(container, '.purchase-receipt', 'R2003');
    fireEvent.click(container.querySelector('.purchase-coupon-c-latte')!);
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() =>
      expect(container.querySelector('.purchase-coupon-c-latte .purchase-coupon-error')?.textContent).toBe(
        '优惠券不适用于本门店',
      ),
    );
  });

  it('forgets the key when the purchase refuses a coupon used meanwhile, and says so next to it', async () => {
    let tries = 0;
    const request = mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned();
      if (path === '/v1/store/purchases/preview')
        return {
          status: 200,
          body: preview({ couponDiscountFen: 500, payableFen: 3050, coupon: { couponId: 'c-5off', title: '满30减5' } }),
        };
      tries++;
      return tries === 1
        ? errorReply(409, 'COUPON_NOT_USABLE', '优惠券已使用', { reason: 'USED', couponId: 'c-5off' })
        : { status: 201, body: recorded() };
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-c-5off')).not.toBeNull());
    type(container, '.purchase-amount', '35.5');
    type(container, '.purchase-receipt', 'R2004');
    fireEvent.click(container.querySelector('.purchase-coupon-c-5off')!);
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-confirm')).not.toBeNull());
    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-error')).not.toBeNull());
    expect(container.querySelector('.purchase-coupon-error')!.textContent).toBe('优惠券已使用');
    expect(container.querySelector('.purchase-preview')).toBeNull();
    expect(tries).toBe(1);

    fireEvent.click(container.querySelector('.purchase-coupon-none')!);
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-confirm')).not.toBeNull());
    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-result')).not.toBeNull());
    const purchases = calls(request, '/v1/store/purchases');
    expect(purchases[1].data).toEqual({ memberCode: CODE, receiptNo: 'R2004', amountFen: 3550 });
    expect(purchases[1].header['Idempotency-Key']).not.toBe(purchases[0].header['Idempotency-Key']);
  });

  it('arrives with the coupon picked on the scan page', async () => {
    router.params = { code: CODE, coupon: 'c-latte' };
    const request = mockApi(({ path }) => (path === '/v1/store/scan' ? scanned() : { status: 200, body: preview() }));
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-c-latte')).not.toBeNull());
    expect(container.querySelector('.purchase-coupon-c-latte')!.className).toContain('purchase-coupon--selected');
    type(container, '.purchase-amount', '35.5');
    type(container, '.purchase-receipt', 'R2005');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(calls(request, '/preview')).toHaveLength(1));
    expect(calls(request, '/preview')[0].data).toEqual({ memberCode: CODE, amountFen: 3550, couponIds: ['c-latte'] });
  });

  it('lets a handed-over coupon go when the member can no longer use it here, and says so', async () => {
    router.params = { code: CODE, coupon: 'c-gone' };
    mockApi(({ path }) => (path === '/v1/store/scan' ? scanned() : { status: 200, body: preview() }));
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-coupon-missing')).not.toBeNull());
    expect(container.querySelector('.purchase-coupon-none')!.className).toContain('purchase-coupon--selected');
  });

  it('says the stamp card is full and the gift coupon was given', async () => {
    mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned([]);
      if (path === '/v1/store/purchases/preview') return { status: 200, body: preview() };
      return { status: 201, body: recorded({ stamps: { count: 0, of: 10 }, stampCouponId: 'cpn-stamp' }) };
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() =>
      expect(container.querySelector('.purchase-coupons')!.textContent).toContain('该会员暂无可在本店使用的优惠券'),
    );
    type(container, '.purchase-amount', '35.5');
    type(container, '.purchase-receipt', 'R2006');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-confirm')).not.toBeNull());
    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-stamp-coupon')).not.toBeNull());
    expect(container.querySelector('.purchase-stamp-coupon__title')!.textContent).toBe('集满10点，已赠中杯咖啡兑换券');
    expect(stampGiftText(10, null)).toBe('集满10点，已赠兑换券');
    expect(container.querySelector('.purchase-stamps-count')!.textContent).toBe('10/10');
    expect(container.querySelector('.purchase-result-coupon')).toBeNull();
  });
});
