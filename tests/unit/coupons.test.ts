import { createHash } from 'node:crypto';
import {
  checkCouponCode,
  composeCouponCode,
  couponDiscount,
  couponRefusal,
  couponStatusAt,
  couponTemplateRequest,
  couponValidityWindow,
  matchesAudience,
  walletOrder,
  type AudienceCandidate,
  type HeldCoupon,
} from '@app/shared';

const ZONE = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);

describe('coupon validity', () => {
  test('relative: through the end of the N-th business day in program time', () => {
    expect(
      couponValidityWindow({ kind: 'relative', days: 14, startOffsetDays: 0 }, at('2026-06-01T10:00:00+08:00'), ZONE),
    ).toEqual({ validFrom: '2026-06-01T02:00:00.000Z', validUntil: '2026-06-14T16:00:00.000Z' });
    // 23:30 on the 1st in Beijing is still the 1st there, though already the 1st 15:30 UTC.
    expect(
      couponValidityWindow({ kind: 'relative', days: 1, startOffsetDays: 0 }, at('2026-06-01T23:30:00+08:00'), ZONE)
        .validUntil,
    ).toBe('2026-06-01T16:00:00.000Z');
  });
  test('relative with a start offset starts at the beginning of that day', () => {
    expect(
      couponValidityWindow({ kind: 'relative', days: 7, startOffsetDays: 3 }, at('2026-06-01T10:00:00+08:00'), ZONE),
    ).toEqual({ validFrom: '2026-06-03T16:00:00.000Z', validUntil: '2026-06-10T16:00:00.000Z' });
  });
  test('fixed: the template’s dates', () => {
    expect(
      couponValidityWindow(
        { kind: 'fixed', from: '2026-07-01T00:00:00+08:00', until: '2026-08-01T00:00:00+08:00' },
        0,
        ZONE,
      ),
    ).toEqual({ validFrom: '2026-06-30T16:00:00.000Z', validUntil: '2026-07-31T16:00:00.000Z' });
  });
  test('an available coupon past its end reads expired; used and revoked stay so', () => {
    const end = '2026-06-14T16:00:00.000Z';
    expect(couponStatusAt({ status: 'available', validUntil: end }, at(end) - 1)).toBe('available');
    expect(couponStatusAt({ status: 'available', validUntil: end }, at(end))).toBe('expired');
    expect(couponStatusAt({ status: 'used', validUntil: end }, at(end) + 1)).toBe('used');
  });
});

describe('coupon discount and refusals', () => {
  const base: HeldCoupon = {
    memberId: 'm1',
    status: 'available',
    validFrom: '2026-06-01T00:00:00.000Z',
    validUntil: '2026-07-01T00:00:00.000Z',
    type: 'amount_off',
    valueFen: 500,
    percent: null,
    maxDiscountFen: null,
    minSpendFen: 3000,
    storeIds: null,
  };
  const use = { memberId: 'm1', storeId: 'S001', amountAfterLevelFen: 3000, nowMs: at('2026-06-10T00:00:00Z') };
  test.each([
    ['usable at exactly the minimum', {}, {}, null],
    ['one fen below the minimum', {}, { amountAfterLevelFen: 2999 }, 'BELOW_MIN_SPEND'],
    ['someone else’s', {}, { memberId: 'm2' }, 'NOT_YOURS'],
    ['used', { status: 'used' }, {}, 'USED'],
    ['revoked', { status: 'revoked' }, {}, 'REVOKED'],
    ['at its end', {}, { nowMs: at('2026-07-01T00:00:00Z') }, 'EXPIRED'],
    ['before its start', {}, { nowMs: at('2026-05-31T23:59:59Z') }, 'NOT_STARTED'],
    ['another store', { storeIds: ['S002'] }, {}, 'WRONG_STORE'],
    ['its store', { storeIds: ['S001'] }, {}, null],
  ] as const)('%s', (_name, couponChanges, useChanges, expected) => {
    expect(couponRefusal({ ...base, ...(couponChanges as Partial<HeldCoupon>) }, { ...use, ...useChanges })).toBe(
      expected,
    );
  });
  test('discounts never exceed the amount; percent_off rounds down and respects its cap; gifts take their value', () => {
    expect(couponDiscount({ ...base }, 3000)).toBe(500);
    expect(couponDiscount({ ...base, valueFen: 5000 }, 3000)).toBe(3000);
    expect(couponDiscount({ ...base, type: 'percent_off', percent: 88, valueFen: null }, 3333)).toBe(399); // 12% of 33.33 = 3.9996
    expect(
      couponDiscount({ ...base, type: 'percent_off', percent: 50, valueFen: null, maxDiscountFen: 1000 }, 5000),
    ).toBe(1000);
    expect(couponDiscount({ ...base, type: 'gift', valueFen: 2800 }, 3500)).toBe(2800);
  });
  test('the wallet lists usable coupons ending soonest first, then the rest newest first', () => {
    const coupons = [
      { id: 'a', status: 'available' as const, validUntil: '2026-07-01', issuedAt: '2026-06-01' },
      { id: 'b', status: 'used' as const, validUntil: '2026-06-20', issuedAt: '2026-06-02' },
      { id: 'c', status: 'available' as const, validUntil: '2026-06-15', issuedAt: '2026-06-03' },
      { id: 'd', status: 'expired' as const, validUntil: '2026-06-05', issuedAt: '2026-06-04' },
    ];
    expect(walletOrder(coupons).map((coupon) => coupon.id)).toEqual(['c', 'a', 'd', 'b']);
  });
});

describe('coupon codes', () => {
  const sign = (payload: string) => createHash('sha256').update(payload).digest('base64url').slice(0, 16);
  const verify = (payload: string, mac: string) => mac === sign(payload);
  test('round trip, tampering, expiry, garbage', () => {
    const code = composeCouponCode({ memberId: 'M1', couponId: 'c-abc-1', expiresAtSeconds: 1_900_000_000 }, sign);
    expect(checkCouponCode(code, 1_899_999_999_000, verify)).toEqual({
      ok: true,
      claims: { memberId: 'M1', couponId: 'c-abc-1', expiresAtSeconds: 1_900_000_000 },
    });
    expect(checkCouponCode(code.replace('c-abc-1', 'c-abc-2'), 0, verify)).toEqual({
      ok: false,
      reason: 'CODE_INVALID',
    });
    expect(checkCouponCode(code, 1_900_000_000_000, verify)).toEqual({ ok: false, reason: 'CODE_EXPIRED' });
    expect(checkCouponCode('CPN.x', 0, verify)).toEqual({ ok: false, reason: 'MALFORMED' });
    expect(() => composeCouponCode({ memberId: 'a.b', couponId: 'x', expiresAtSeconds: 1 }, sign)).toThrow();
  });
});

describe('audiences', () => {
  const member: AudienceCandidate = {
    memberId: 'm1',
    memberNo: '12345678',
    levelCode: 'L2',
    joinedAt: '2026-03-01T16:30:00.000Z',
    birthday: '1990-06-12',
    lastPurchaseAt: '2026-05-01T04:00:00.000Z',
    points: 300,
    homeStoreId: 'S001',
  };
  const context = {
    nowMs: at('2026-06-10T12:00:00+08:00'),
    timeZone: ZONE,
    tagged: new Map([
      ['咖啡控', new Set(['m1'])],
      ['segment:回头客', new Set(['m2'])],
    ]),
  };
  test.each([
    [{}, true],
    [{ levels: ['L2', 'L3'] }, true],
    [{ levels: ['L1'] }, false],
    [{ joinedFrom: '2026-03-02' }, true], // 16:30 UTC on 1 March is 2 March in Beijing
    [{ joinedTo: '2026-03-01' }, false],
    [{ lastPurchaseBefore: '2026-05-01' }, false],
    [{ lastPurchaseBefore: '2026-05-02' }, true],
    [{ lastPurchaseAfter: '2026-05-01' }, true],
    [{ inactiveDays: 40 }, true],
    [{ inactiveDays: 41 }, false],
    [{ birthdayMonth: 6 }, true],
    [{ birthdayMonth: 7 }, false],
    [{ pointsMin: 300, pointsMax: 300 }, true],
    [{ pointsMin: 301 }, false],
    [{ homeStoreIds: ['S002'] }, false],
    [{ memberNos: ['12345678'] }, true],
    [{ tags: ['咖啡控', '其他'] }, true],
    [{ tags: ['其他'] }, false],
    [{ segments: ['回头客'] }, false],
    [{ levels: ['L2'], tags: ['咖啡控'], birthdayMonth: 6 }, true],
  ])('%j → %s', (audience, expected) => {
    expect(matchesAudience(member, audience, context)).toBe(expected);
  });
  test('a member who never bought is inactive, but matches no last-purchase bound', () => {
    const never = { ...member, lastPurchaseAt: null };
    expect(matchesAudience(never, { inactiveDays: 30 }, context)).toBe(true);
    expect(matchesAudience(never, { lastPurchaseBefore: '2030-01-01' }, context)).toBe(false);
  });
});

describe('template contract', () => {
  test.each([
    [{ type: 'amount_off', valueFen: 500, minSpendFen: 400 }, 'valueFen'],
    [{ type: 'percent_off', percent: 100 }, 'percent'],
    [{ type: 'amount_off', valueFen: 500, percent: 88 }, 'percent'],
    [{ type: 'gift', valueFen: 100 }, 'giftName'],
  ])('%j is refused at %s', (fields, path) => {
    const result = couponTemplateRequest.safeParse({ title: '券', validity: { kind: 'relative', days: 7 }, ...fields });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
