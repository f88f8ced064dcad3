import { ApiError, type ApiErrorCode } from '../../miniapp/src/lib/api-error';
import {
  limitsText,
  priceText,
  quantityBound,
  reasonExplanation,
  reasonLabel,
  reasonShort,
  redeemErrorMessage,
  saleWindowText,
  stockFact,
  stockLabel,
  tileGlyph,
  tileTone,
} from '../../miniapp/src/features/mall/mall-words';
import { mallItem } from './mall-fixtures';

describe('reason labels', () => {
  it.each([
    ['POINTS_INSUFFICIENT', '积分不足'],
    ['LEVEL_TOO_LOW', '等级不足 · 银卡会员及以上'],
    ['STOCK_EXHAUSTED', '已兑完'],
    ['SALE_NOT_STARTED', '未开始'],
    ['SALE_ENDED', '已结束'],
    ['LIMIT_REACHED', '已达限兑'],
    ['POINTS_IN_DEBT', '积分欠款未还清'],
    ['SOMETHING_NEW', '暂不可兑'],
  ])('names %s as %s', (reason, label) => {
    expect(reasonLabel(mallItem({ redeemable: false, reason, minLevel: 'L2', minLevelName: '银卡会员' }))).toBe(label);
  });

  it('has no label for an item that can be redeemed, and a short one for the button', () => {
    expect(reasonLabel(mallItem())).toBeNull();
    expect(reasonShort(mallItem())).toBeNull();
    expect(reasonShort(mallItem({ redeemable: false, reason: 'LEVEL_TOO_LOW', minLevelName: '金卡会员' }))).toBe(
      '等级不足',
    );
    expect(reasonLabel(mallItem({ redeemable: false, reason: 'LEVEL_TOO_LOW', minLevelName: null }))).toBe('等级不足');
  });

  it('explains the reason in a sentence the member can act on', () => {
    expect(reasonExplanation(mallItem({ redeemable: false, reason: 'POINTS_INSUFFICIENT', points: 1000 }), 660)).toBe(
      '还差 340 积分，消费、签到都能攒积分',
    );
    expect(
      reasonExplanation(mallItem({ redeemable: false, reason: 'LEVEL_TOO_LOW', minLevelName: '银卡会员' }), 5000),
    ).toBe('银卡会员及以上会员才能兑换');
    expect(reasonExplanation(mallItem({ redeemable: false, reason: 'LIMIT_REACHED', perMemberLimit: 1 }), 5000)).toBe(
      '每人限兑 1 件，你已经兑满了',
    );
    expect(
      reasonExplanation(
        mallItem({ redeemable: false, reason: 'SALE_NOT_STARTED', saleFrom: '2026-12-01T02:00:00Z' }),
        5000,
      ),
    ).toBe('兑换将于 2026年12月1日 10:00 开始');
    expect(reasonExplanation(mallItem(), 5000)).toBeNull();
  });
});

describe('stock, price, limits and sale window', () => {
  it('says 仅剩 N 件 when low, 已兑完 at 0, and nothing when plenty or unlimited', () => {
    expect(stockLabel(null)).toBeNull();
    expect(stockLabel(200)).toBeNull();
    expect(stockLabel(10)).toBe('仅剩 10 件');
    expect(stockLabel(3)).toBe('仅剩 3 件');
    expect(stockLabel(0)).toBe('已兑完');
    expect(stockFact(null)).toBe('不限量');
    expect(stockFact(1200)).toBe('剩余 1,200 件');
  });

  it('adds the cash paid at pickup to the points', () => {
    expect(priceText(1200, 0)).toBe('1,200 积分');
    expect(priceText(800, 2000)).toBe('800 积分 + ¥20.00');
  });

  it('names the limits, with what the member already has', () => {
    expect(limitsText(mallItem({ perMemberLimit: null, perOrderLimit: null }))).toBeNull();
    expect(limitsText(mallItem({ perMemberLimit: 2, perOrderLimit: 1 }))).toBe('每人限兑 2 件，每单限兑 1 件');
    expect(limitsText(mallItem({ perMemberLimit: 2, perOrderLimit: null, redeemedByMe: 1 }))).toBe(
      '每人限兑 2 件（已兑 1 件）',
    );
  });

  it('prints the last day of a sale that ends at midnight', () => {
    expect(saleWindowText(null, null)).toBeNull();
    expect(saleWindowText('2026-11-01T00:00:00+08:00', '2027-01-01T00:00:00+08:00')).toBe(
      '2026年11月1日 至 2026年12月31日',
    );
    expect(saleWindowText('2026-11-01T00:00:00+08:00', null)).toBe('2026年11月1日 起');
    expect(saleWindowText(null, '2026-12-01T00:00:00+08:00')).toBe('至 2026年11月30日');
  });
});

describe('quantity bounds', () => {
  const item = (over = {}) =>
    mallItem({ points: 100, stock: null, perOrderLimit: null, perMemberLimit: null, ...over });

  it('is bounded by the per-order limit', () => {
    expect(quantityBound(item({ perOrderLimit: 2 }), 10_000)).toEqual({ max: 2, why: '每单限兑 2 件' });
  });

  it('is bounded by what is left of the per-member limit', () => {
    expect(quantityBound(item({ perMemberLimit: 3, redeemedByMe: 1 }), 10_000)).toEqual({
      max: 2,
      why: '每人限兑 3 件，你还可兑 2 件',
    });
  });

  it('is bounded by the stock', () => {
    expect(quantityBound(item({ stock: 4 }), 10_000)).toEqual({ max: 4, why: '库存仅剩 4 件' });
  });

  it('is bounded by the points', () => {
    expect(quantityBound(item(), 350)).toEqual({ max: 3, why: '你的积分最多可兑 3 件' });
  });

  it('never goes past 99 nor below 1', () => {
    expect(quantityBound(item({ points: 1 }), 1_000_000).max).toBe(99);
    expect(quantityBound(item(), 0).max).toBe(1);
    expect(quantityBound(item(), -50).max).toBe(1);
    expect(quantityBound(item({ perOrderLimit: 5 }), null).max).toBe(5);
  });

  it('takes the tightest bound', () => {
    expect(quantityBound(item({ perOrderLimit: 5, stock: 8 }), 250)).toEqual({ max: 2, why: '你的积分最多可兑 2 件' });
  });
});

describe('refusals and tiles', () => {
  it('explains a refused redemption', () => {
    const error = (code: ApiErrorCode, status = 409) => new ApiError({ status, code, message: 'x' });
    expect(redeemErrorMessage(error('STOCK_EXHAUSTED'))).toBe('库存不足，这件礼品刚刚被兑完了');
    expect(redeemErrorMessage(error('POINTS_INSUFFICIENT'))).toContain('积分不足');
    expect(redeemErrorMessage(error('NETWORK', 0))).toContain('不会重复扣积分');
  });

  it('gives each category one warm tone and draws the first character of the name', () => {
    expect(tileTone('咖啡周边')).toEqual(tileTone('咖啡周边'));
    // The demo mall's three categories get three different tones.
    expect(new Set(['咖啡周边', '体验课程', '定制好物'].map((c) => tileTone(c).background)).size).toBe(3);
    expect(tileGlyph(' 拉花私人课程')).toBe('拉');
    expect(tileGlyph('咖啡滤纸')).toBe('滤');
    expect(tileGlyph('咖啡')).toBe('咖');
    expect(tileGlyph('')).toBe('礼');
  });
});
