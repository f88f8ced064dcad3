import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { PurchasePreviewResponse, PurchaseResponse } from '@app/shared';
import StorePurchasePage from '../../miniapp/src/store/purchase/index';
import { LevelUpBanner, levelUpText } from '../../miniapp/src/features/purchase/components/LevelUpBanner';
import { PurchasePreview } from '../../miniapp/src/features/purchase/components/PurchasePreview';
import { buildPurchase, errorsFromIssues, newLine } from '../../miniapp/src/features/purchase/purchase-form';
import { router } from './__mocks__/taro';
import { CODE, errorReply, mockApi, signIn } from './fixtures';

const preview = (over: Partial<PurchasePreviewResponse> = {}): PurchasePreviewResponse => ({
  amountFen: 50000,
  levelDiscountFen: 0,
  planDiscountFen: 0,
  couponDiscountFen: 0,
  payableFen: 50000,
  points: 500,
  growth: 500,
  member: { memberId: '01J', memberNo: '15184754', nickname: '晨光美式', level: { code: 'L1', name: '普通会员' } },
  promotion: null,
  levelChange: { from: 'L1', to: 'L2', fromName: '普通会员', toName: '银卡会员' },
  coupon: null,
  stamp: false,
  walletBalanceFen: 0,
  walletBonusFen: 0,
  pointsAsCash: { maxPoints: 0, maxFen: 0 },
  cashFen: 0,
  ...over,
});

const recorded = (over: Partial<PurchaseResponse> = {}): PurchaseResponse => ({
  purchaseId: '01P',
  receiptNo: 'R1001',
  storeId: 'S001',
  memberId: '01J',
  amountFen: 50000,
  levelDiscountFen: 0,
  planDiscountFen: 0,
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
  stamps: null,
  stampCouponId: null,
  stampGift: null,
  walletFen: 0,
  walletBonusFen: 0,
  pointsUsed: 0,
  pointsCashFen: 0,
  cashFen: 0,
  memberAfter: null,
  ...over,
});

const scanned = (level = { code: 'L1', name: '普通会员' }) => ({
  status: 200,
  body: {
    kind: 'member',
    member: {
      memberId: '01J',
      memberNo: '15184754',
      nickname: '晨光美式',
      level,
      discountPercent: level.code === 'L1' ? 100 : 90,
      points: 0,
      stamps: { count: 0, of: 10 },
    },
    coupons: [],
  },
});

describe('the purchase form', () => {
  it('builds the request in fen, leaving blank SKU lines out', () => {
    const line = { ...newLine(), sku: ' LATTE-M ', quantity: '2', unitPrice: '32.5' };
    const built = buildPurchase(
      { memberCode: CODE },
      { amount: '35.5', receiptNo: ' R-1_a ', lines: [], couponId: null },
    );
    expect(built).toEqual({ ok: true, body: { memberCode: CODE, receiptNo: 'R-1_a', amountFen: 3550 } });
    const withLines = buildPurchase(
      { memberCode: CODE },
      { amount: '100', receiptNo: 'R1', lines: [line, newLine()], couponId: null },
    );
    expect(withLines).toEqual({
      ok: true,
      body: {
        memberCode: CODE,
        receiptNo: 'R1',
        amountFen: 10000,
        items: [{ sku: 'LATTE-M', quantity: 2, unitPriceFen: 3250 }],
      },
    });
  });

  it('says what is wrong, field by field', () => {
    const bad = { ...newLine(), sku: 'A', quantity: '0', unitPrice: '1' };
    const noPrice = { ...newLine(), sku: 'B', quantity: '1', unitPrice: '' };
    const built = buildPurchase(
      { memberCode: CODE },
      { amount: '1.234', receiptNo: '小票#1', lines: [bad, noPrice], couponId: null },
    );
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.amount).toBe('金额最多两位小数');
    expect(built.errors.receiptNo).toBe('小票号只能包含字母、数字、- 和 _');
    expect(built.errors.line).toEqual({ [bad.id]: '数量为 1–999 的整数', [noPrice.id]: '请填写单价' });
    expect(buildPurchase({ memberCode: CODE }, { amount: '', receiptNo: '', lines: [], couponId: null })).toEqual({
      ok: false,
      errors: { amount: '请输入消费金额', receiptNo: '请输入小票号' },
    });
  });

  it('refuses SKU lines that add up to more than the amount', () => {
    const line = { ...newLine(), sku: 'BEANS', quantity: '2', unitPrice: '168' };
    const built = buildPurchase(
      { memberCode: CODE },
      { amount: '300', receiptNo: 'R1', lines: [line], couponId: null },
    );
    expect(built).toEqual({ ok: false, errors: { lines: '商品合计 ¥336.00 超过了消费金额 ¥300.00' } });
  });

  it('maps the server’s validation issues onto the fields', () => {
    expect(
      errorsFromIssues({
        issues: [
          { path: 'body.amountFen', message: 'x' },
          { path: 'body.items', message: 'y' },
        ],
      }),
    ).toEqual({
      amount: '消费金额不正确',
      lines: '商品明细有误，请检查数量和单价',
    });
  });
});

describe('the preview', () => {
  it('shows the level discount, the payable amount, points, growth, the promotion and the upgrade', () => {
    const { container } = render(
      <PurchasePreview
        preview={preview({
          amountFen: 3550,
          levelDiscountFen: 355,
          payableFen: 3195,
          points: 76,
          growth: 31,
          member: { memberId: '01J', memberNo: '1', nickname: 'x', level: { code: 'L2', name: '银卡会员' } },
          promotion: { promotionId: 'p1', name: '周末双倍积分', multiplier: 2 },
          levelChange: { from: 'L2', to: 'L3', fromName: '银卡会员', toName: '金卡会员' },
        })}
      />,
    );
    expect(container.querySelector('.purchase-preview-amount')!.textContent).toBe('¥35.50');
    expect(container.querySelector('.purchase-preview-level-discount')!.textContent).toBe('-¥3.55');
    expect(container.querySelector('.purchase-preview')!.textContent).toContain('（银卡会员）');
    expect(container.querySelector('.purchase-preview-payable')!.textContent).toBe('¥31.95');
    expect(container.querySelector('.purchase-preview-points')!.textContent).toBe('+76');
    expect(container.querySelector('.purchase-preview-growth')!.textContent).toBe('+31');
    expect(container.querySelector('.purchase-preview-promotion')!.textContent).toContain('周末双倍积分 · 2倍积分');
    expect(container.querySelector('.purchase-preview-upgrade')!.textContent).toBe(
      '↑本单确认后，会员将由银卡会员升级为金卡会员',
    );
  });

  it('says 无 without a level discount and leaves out promotion and upgrade when there are none', () => {
    const { container } = render(<PurchasePreview preview={preview({ levelChange: null })} />);
    expect(container.querySelector('.purchase-preview-level-discount')!.textContent).toBe('无');
    expect(container.querySelector('.purchase-preview-promotion')).toBeNull();
    expect(container.querySelector('.purchase-preview-upgrade')).toBeNull();
  });
});

describe('the level-up banner', () => {
  it('congratulates with the new level and the gift', () => {
    expect(levelUpText('银卡会员', 100)).toBe('恭喜升级为 银卡会员，赠送 100 积分');
    expect(levelUpText('金卡会员', 0)).toBe('恭喜升级为 金卡会员');
    const { container } = render(<LevelUpBanner levelCode="L2" levelName="银卡会员" giftPoints={100} />);
    expect(container.querySelector('.purchase-levelup__title')!.textContent).toBe('恭喜升级为 银卡会员，赠送 100 积分');
    expect(container.querySelector('.purchase-levelup')!.getAttribute('data-style')).toContain('linear-gradient');
  });
});

function type(container: HTMLElement, selector: string, value: string) {
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
}

const TICKET = 'CT1.eyJ0aWNrZXQiOnRydWV9.abc';
const ticketed = (level?: { code: string; name: string }) => {
  const reply = scanned(level);
  return { ...reply, body: { ...reply.body, counterTicket: TICKET, counterTicketExpiresAt: '2026-11-23T05:34:00Z' } };
};

describe('记录消费 page with the counter ticket', () => {
  beforeEach(() => signIn('staff'));

  it('sends the ticket the scan gave, looks up again with it, and shows the balance and level after the purchase', async () => {
    router.params = { code: CODE, ticket: TICKET };
    const request = mockApi(({ path }) => {
      if (path === '/v1/store/scan') return ticketed();
      if (path === '/v1/store/purchases/preview') return { status: 200, body: preview({ levelChange: null }) };
      if (path === '/v1/store/purchases')
        return {
          status: 201,
          body: recorded({
            points: 86,
            levelChange: null,
            giftPoints: 0,
            memberAfter: { points: 241, pendingPoints: 50, level: { code: 'L1', name: '普通会员' } },
          }),
        };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-member__nickname')?.textContent).toBe('晨光美式'));
    // The scan page's ticket names the member: the code may have run out on the way.
    expect(request.mock.calls[0]![0].data).toEqual({ code: TICKET });
    type(container, '.purchase-amount', '86');
    type(container, '.purchase-receipt', 'R86');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-confirm')).not.toBeNull());
    const previewCall = request.mock.calls.find((call) => (call[0].url as string).endsWith('/preview'))!;
    expect(previewCall[0].data).toEqual({ counterTicket: TICKET, amountFen: 8600 });
    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-result')).not.toBeNull());
    const recordCall = request.mock.calls.find((call) => (call[0].url as string).endsWith('/v1/store/purchases'))!;
    expect(recordCall[0].data).toEqual({ counterTicket: TICKET, receiptNo: 'R86', amountFen: 8600 });
    expect(container.querySelector('.purchase-result-balance')!.textContent).toContain(
      '积分余额 241（另有 50 待到账） · 普通会员',
    );
    expect(container.querySelector('.purchase-member__facts')!.textContent).toContain('积分 241');
    await waitFor(() =>
      expect(request.mock.calls.filter((call) => (call[0].url as string).endsWith('/scan'))).toHaveLength(2),
    );
    expect(request.mock.calls.filter((call) => (call[0].url as string).endsWith('/scan'))[1]![0].data).toEqual({
      code: TICKET,
    });
  });

  it('holds the ticket a lookup of the code gave; a new code drops it until its own lookup answers', async () => {
    router.params = { code: CODE };
    const request = mockApi(({ path, data }) => {
      if (path === '/v1/store/scan')
        return (data as { code: string }).code === CODE ? ticketed() : { ...scanned(), status: 200 };
      if (path === '/v1/store/purchases/preview') {
        return (data as { counterTicket?: string }).counterTicket === TICKET
          ? errorReply(409, 'CODE_EXPIRED', '扫码已超过 5 分钟，请让顾客重新出示会员码')
          : { status: 200, body: preview({ levelChange: null }) };
      }
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-member__nickname')).not.toBeNull());
    type(container, '.purchase-amount', '35.5');
    type(container, '.purchase-receipt', 'R5');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-code-problem')).not.toBeNull());
    expect(request.mock.calls.find((call) => (call[0].url as string).endsWith('/preview'))![0].data).toEqual({
      counterTicket: TICKET,
      amountFen: 3550,
    });
    type(container, '.purchase-code-input', '2000 0000 1111');
    fireEvent.click(container.querySelector('.purchase-code-apply')!);
    await waitFor(() => expect(container.querySelector('.purchase-code-problem')).toBeNull());
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-preview')).not.toBeNull());
    const last = request.mock.calls.filter((call) => (call[0].url as string).endsWith('/preview')).pop()!;
    expect(last[0].data).toEqual({ memberCode: '200000001111', amountFen: 3550 });
  });
});

describe('记录消费 page', () => {
  beforeEach(() => {
    signIn('staff');
    router.params = { code: CODE };
  });

  it('previews, confirms once with an Idempotency-Key and shows the level-up', async () => {
    let upgraded = false;
    const request = mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned(upgraded ? { code: 'L2', name: '银卡会员' } : undefined);
      if (path === '/v1/store/purchases/preview') return { status: 200, body: preview() };
      if (path === '/v1/store/purchases') {
        upgraded = true;
        return { status: 201, body: recorded() };
      }
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    await waitFor(() => expect(container.querySelector('.purchase-member__nickname')?.textContent).toBe('晨光美式'));

    type(container, '.purchase-amount', '500');
    type(container, '.purchase-receipt', 'R1001');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-preview')).not.toBeNull());
    expect(container.querySelector('.purchase-preview-points')!.textContent).toBe('+500');
    const previewCall = request.mock.calls.find((call) => (call[0].url as string).endsWith('/preview'))!;
    expect(previewCall[0].data).toEqual({ memberCode: CODE, amountFen: 50000 });

    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-result')).not.toBeNull());
    const recordCall = request.mock.calls.find((call) => (call[0].url as string).endsWith('/v1/store/purchases'))!;
    expect(recordCall[0].data).toEqual({ memberCode: CODE, receiptNo: 'R1001', amountFen: 50000 });
    expect(recordCall[0].header['Idempotency-Key']).toMatch(/^purchase-/);
    expect(container.querySelector('.purchase-result-points')!.textContent).toBe('+500');
    await waitFor(() => expect(container.querySelector('.purchase-levelup')).not.toBeNull());
    expect(container.querySelector('.purchase-levelup__title')!.textContent).toBe('恭喜升级为 银卡会员，赠送 100 积分');

    fireEvent.click(container.querySelector('.purchase-next')!);
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/store/scan/index' });
  });

  it('retries a confirmation that got no answer with the same key, so it cannot record twice', async () => {
    let tries = 0;
    const request = mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned();
      if (path === '/v1/store/purchases/preview') return { status: 200, body: preview({ levelChange: null }) };
      if (path === '/v1/store/purchases')
        return ++tries === 1
          ? new Error('timeout')
          : { status: 201, body: recorded({ levelChange: null, giftPoints: 0 }) };
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    type(container, '.purchase-amount', '500');
    type(container, '.purchase-receipt', 'R1001');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-confirm')).not.toBeNull());
    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-error')).not.toBeNull());
    expect(container.querySelector('.purchase-error')!.textContent).toContain('不会重复记录');
    expect(container.querySelector('.purchase-confirm')!.textContent).toBe('重试确认');
    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-result')).not.toBeNull());
    expect(container.querySelector('.purchase-levelup')).toBeNull();
    const keys = request.mock.calls
      .filter((call) => (call[0].url as string).endsWith('/v1/store/purchases'))
      .map((call) => call[0].header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('tells the cashier to scan again when the code has expired, keeping what was typed', async () => {
    const request = mockApi(({ path, data }) => {
      if (path === '/v1/store/scan') return scanned();
      if (path === '/v1/store/purchases/preview') {
        return (data as { memberCode: string }).memberCode === CODE
          ? errorReply(409, 'CODE_EXPIRED', 'member code expired')
          : { status: 200, body: preview({ levelChange: null }) };
      }
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    type(container, '.purchase-amount', '35.5');
    type(container, '.purchase-receipt', 'R2');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-code-problem')).not.toBeNull());
    expect(container.querySelector('.purchase-code-problem')!.textContent).toContain(
      '会员码已过期，请让顾客刷新会员码后重新扫码',
    );
    expect((container.querySelector('.purchase-amount') as HTMLInputElement).value).toBe('35.5');

    type(container, '.purchase-code-input', '2000 0000 1111');
    fireEvent.click(container.querySelector('.purchase-code-apply')!);
    await waitFor(() => expect(container.querySelector('.purchase-code-problem')).toBeNull());
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-preview')).not.toBeNull());
    const last = request.mock.calls.filter((call) => (call[0].url as string).endsWith('/preview')).pop()!;
    expect(last[0].data).toEqual({ memberCode: '200000001111', amountFen: 3550 });
  });

  it('drops the preview when the form changes and refuses a receipt number already used', async () => {
    mockApi(({ path }) => {
      if (path === '/v1/store/scan') return scanned();
      if (path === '/v1/store/purchases/preview') return { status: 200, body: preview({ levelChange: null }) };
      if (path === '/v1/store/purchases') return errorReply(409, 'RECEIPT_DUPLICATE', 'receipt taken');
      return errorReply(404, 'NOT_FOUND', 'x');
    });
    const { container } = render(<StorePurchasePage />);
    type(container, '.purchase-amount', '500');
    type(container, '.purchase-receipt', 'R1');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-preview')).not.toBeNull());
    type(container, '.purchase-amount', '50');
    expect(container.querySelector('.purchase-preview')).toBeNull();
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    await waitFor(() => expect(container.querySelector('.purchase-preview')).not.toBeNull());
    fireEvent.click(container.querySelector('.purchase-confirm')!);
    await waitFor(() => expect(container.querySelector('.purchase-receipt-error')).not.toBeNull());
    expect(container.querySelector('.purchase-receipt-error')!.textContent).toBe('该小票号已登记过消费');
    expect(container.querySelector('.purchase-error')!.textContent).toContain('这个小票号已经登记过一笔消费');
    expect(container.querySelector('.purchase-preview')).toBeNull();
  });

  it('adds and removes SKU lines and checks them before asking the server', async () => {
    const request = mockApi(({ path }) =>
      path === '/v1/store/scan' ? scanned() : { status: 200, body: preview({ levelChange: null }) },
    );
    const { container } = render(<StorePurchasePage />);
    type(container, '.purchase-amount', '300');
    type(container, '.purchase-receipt', 'R3');
    fireEvent.click(container.querySelector('.purchase-add-line')!);
    fireEvent.click(container.querySelector('.purchase-add-line')!);
    expect(container.querySelectorAll('.sku-line')).toHaveLength(2);
    fireEvent.click(container.querySelector('.sku-line-remove-1')!);
    expect(container.querySelectorAll('.sku-line')).toHaveLength(1);
    type(container, '.sku-line-sku-0', 'BEANS-1KG');
    type(container, '.sku-line-qty-0', '2');
    type(container, '.sku-line-price-0', '168');
    expect(container.querySelector('.sku-lines__total')!.textContent).toBe('商品合计 ¥336.00');
    fireEvent.click(container.querySelector('.purchase-preview-button')!);
    expect(container.querySelector('.sku-lines-error')!.textContent).toBe('商品合计 ¥336.00 超过了消费金额 ¥300.00');
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(request.mock.calls.some((call) => (call[0].url as string).endsWith('/preview'))).toBe(false);
  });

  it('asks for a scan when opened without a member code', () => {
    router.params = {};
    mockApi(() => errorReply(404, 'NOT_FOUND', 'x'));
    const { container } = render(<StorePurchasePage />);
    expect(container.querySelector('.error-state')!.textContent).toContain('还没有扫描会员码');
  });
});
