import {
  centerState,
  claimWindowText,
  conditionsText,
  couponValue,
  isExpiringSoon,
  minSpendText,
  remainingText,
  sourceLabel,
  storeScopeText,
  validityText,
  validUntilText,
} from '../../miniapp/src/features/coupons/coupon-words';
import { fetchWalletPage } from '../../miniapp/src/features/coupons/wallet-tabs';
import { coupon, centerEntry, page } from './coupon-fixtures';
import { mockApi, signIn } from './fixtures';

const terms = { valueFen: null, percent: null, maxDiscountFen: null, minSpendFen: 0, giftName: null };

describe('coupon words', () => {
  it('prints what a coupon gives: ¥ off, N折 from the share paid, or the gift', () => {
    expect(couponValue({ ...terms, type: 'amount_off', valueFen: 500 }).text).toBe('¥5');
    expect(couponValue({ ...terms, type: 'amount_off', valueFen: 550 }).text).toBe('¥5.5');
    expect(couponValue({ ...terms, type: 'percent_off', percent: 88 })).toEqual({
      figure: '8.8',
      unit: '折',
      text: '8.8折',
    });
    expect(couponValue({ ...terms, type: 'percent_off', percent: 90 }).text).toBe('9折');
    expect(couponValue({ ...terms, type: 'gift', giftName: '中杯咖啡', valueFen: 2800 }).text).toBe('中杯咖啡');
  });

  it('says the minimum spend and the cap', () => {
    expect(minSpendText(3000)).toBe('满¥30可用');
    expect(minSpendText(0)).toBe('无门槛');
    expect(
      conditionsText({ ...terms, type: 'percent_off', percent: 88, maxDiscountFen: 2000, minSpendFen: 5000 }),
    ).toBe('满¥50可用 · 最高减¥20');
  });

  it('says until when, in program time; an end at midnight prints the date alone', () => {
    expect(validUntilText('2026-12-01T00:00:00+08:00')).toBe('2026-12-01 前有效');
    expect(validUntilText('2026-11-30T16:00:00.000Z')).toBe('2026-12-01 前有效');
    expect(validUntilText('2026-12-01T15:30:00+08:00')).toBe('2026-12-01 15:30 前有效');
  });

  it('marks a usable coupon ending within three days as 即将过期', () => {
    const now = Date.parse('2026-11-23T10:00:00+08:00');
    expect(isExpiringSoon(coupon({ validUntil: '2026-11-26T00:00:00+08:00' }), now)).toBe(true);
    expect(isExpiringSoon(coupon({ validUntil: '2026-11-27T00:00:00+08:00' }), now)).toBe(false);
    expect(isExpiringSoon(coupon({ validUntil: '2026-11-25T00:00:00+08:00', status: 'used' }), now)).toBe(false);
  });

  it('names where a coupon came from', () => {
    expect(['new-member', 'upgrade-gift', 'birthday', 'stamp-card', 'campaign', 'mall'].map(sourceLabel)).toEqual([
      '新人礼',
      '升级礼',
      '生日礼',
      '集点卡',
      '活动',
      '积分兑换',
    ]);
  });

  it('names the stores of a coupon with a store scope', () => {
    const names = { S001: '啡常时光·人民广场店', S002: '啡常时光·陆家嘴店' };
    expect(storeScopeText(null, names)).toBe('全部门店可用');
    expect(storeScopeText(['S001', 'S002'], names)).toBe('限 人民广场店、陆家嘴店 使用');
    expect(storeScopeText(['S001', 'S777'], names)).toBe('限 人民广场店、S777 使用');
  });

  it('says how long a coupon of a template is good for', () => {
    expect(validityText({ kind: 'relative', days: 14, startOffsetDays: 0 })).toBe('领取后 14 天内有效');
    expect(validityText({ kind: 'relative', days: 7, startOffsetDays: 1 }, '发放')).toBe('发放 1 天后生效，有效 7 天');
    expect(validityText({ kind: 'fixed', from: '2026-12-01T00:00:00+08:00', until: '2027-01-01T00:00:00+08:00' })).toBe(
      '2026-12-01 至 2026-12-31',
    );
  });

  it('gives each 领券中心 entry its button', () => {
    const now = Date.parse('2026-11-23T10:00:00+08:00');
    expect(centerState(centerEntry(), now)).toEqual({ kind: 'claimable', label: '领取' });
    expect(centerState(centerEntry({ perMemberLimit: 2, claimedByMe: 1 }), now)).toEqual({
      kind: 'claimable',
      label: '再领一张',
    });
    expect(centerState(centerEntry({ claimedByMe: 1, claimable: false, reason: 'LIMIT_REACHED' }), now).label).toBe(
      '已领取',
    );
    expect(centerState(centerEntry({ remaining: 0, claimable: false, reason: 'STOCK_EXHAUSTED' }), now).label).toBe(
      '已抢光',
    );
    expect(
      centerState(
        centerEntry({ claimFrom: '2026-12-01T00:00:00+08:00', claimable: false, reason: 'CLAIM_WINDOW_CLOSED' }),
        now,
      ).label,
    ).toBe('未开始');
    expect(
      centerState(
        centerEntry({ claimUntil: '2026-11-01T00:00:00+08:00', claimable: false, reason: 'CLAIM_WINDOW_CLOSED' }),
        now,
      ).label,
    ).toBe('已结束');
    expect(remainingText(null)).toBe('不限量');
    expect(remainingText(12)).toBe('剩余 12 张');
    expect(claimWindowText('2026-11-01T10:00:00+08:00', '2026-12-01T00:00:00+08:00')).toBe(
      '领取时间 2026-11-01 10:00 至 2026-11-30',
    );
  });
});

describe('the wallet tabs', () => {
  beforeEach(() => signIn('member'));

  it('reads 已过期 as expired and revoked coupons side by side, each list followed by its own cursor', async () => {
    const request = mockApi(({ query }) => {
      const status = query.get('status');
      const cursor = query.get('cursor');
      if (status === 'expired' && !cursor)
        return page([coupon({ couponId: 'e1', status: 'expired', issuedAt: '2026-10-01T00:00:00Z' })], 'e-next');
      if (status === 'expired')
        return page([coupon({ couponId: 'e2', status: 'expired', issuedAt: '2026-09-01T00:00:00Z' })]);
      return page([coupon({ couponId: 'r1', status: 'revoked', issuedAt: '2026-10-15T00:00:00Z' })]);
    });
    const first = await fetchWalletPage('expired', null);
    expect(first.items.map((item) => item.couponId)).toEqual(['r1', 'e1']);
    expect(first.nextCursor).not.toBeNull();
    const second = await fetchWalletPage('expired', first.nextCursor);
    expect(second.items.map((item) => item.couponId)).toEqual(['e2']);
    expect(second.nextCursor).toBeNull();
    const asked = request.mock.calls.map(([options]) => new URL(options.url).search);
    expect(asked).toEqual([
      '?status=expired&limit=20',
      '?status=revoked&limit=20',
      '?status=expired&limit=20&cursor=e-next',
    ]);
  });
});
