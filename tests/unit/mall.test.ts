import {
  createMallItemRequest,
  isPickupCode,
  pickupCodeFrom,
  pickupDeadline,
  redemptionRefusal,
  updateMallItemRequest,
  type MallTerms,
  type RedeemerFacts,
} from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const levels = demoProgram.levels;
const NOW = Date.parse('2026-05-01T12:00:00+08:00');
const item: MallTerms = {
  points: 100,
  stock: 10,
  perMemberLimit: 3,
  perOrderLimit: 2,
  minLevel: 'L2',
  saleFrom: '2026-05-01T00:00:00+08:00',
  saleUntil: '2026-06-01T00:00:00+08:00',
};
const member: RedeemerFacts = { levelCode: 'L2', spendable: 1000, debt: 0, redeemed: 0 };

describe('redemptionRefusal', () => {
  test.each([
    ['redeemable', {}, {}, 1, null],
    ['exactly the points needed', {}, { spendable: 200 }, 2, null],
    ['one point short', {}, { spendable: 199 }, 2, 'POINTS_INSUFFICIENT'],
    ['debt, even with points', {}, { debt: 1 }, 1, 'POINTS_IN_DEBT'],
    ['a level below', {}, { levelCode: 'L1' }, 1, 'LEVEL_TOO_LOW'],
    ['a level above', {}, { levelCode: 'L3' }, 1, null],
    ['before the window', { saleFrom: '2026-05-01T12:00:00.001+08:00' }, {}, 1, 'SALE_NOT_STARTED'],
    ['the window opens at its first millisecond', { saleFrom: '2026-05-01T12:00:00+08:00' }, {}, 1, null],
    ['the window closes at saleUntil', { saleUntil: '2026-05-01T12:00:00+08:00' }, {}, 1, 'SALE_ENDED'],
    ['stock left below the quantity', { stock: 1 }, {}, 2, 'STOCK_EXHAUSTED'],
    ['sold out', { stock: 0 }, {}, 1, 'STOCK_EXHAUSTED'],
    ['unlimited stock', { stock: null }, {}, 2, null],
    ['beyond the per-order limit', {}, {}, 3, 'LIMIT_REACHED'],
    ['up to the per-member limit', {}, { redeemed: 1 }, 2, null],
    ['beyond the per-member limit', {}, { redeemed: 2 }, 2, 'LIMIT_REACHED'],
    ['no limits', { perMemberLimit: null, perOrderLimit: null }, { redeemed: 50 }, 9, null],
  ] as const)('%s', (_name, itemChanges, memberChanges, quantity, expected) => {
    expect(redemptionRefusal({ ...item, ...itemChanges }, { ...member, ...memberChanges }, levels, quantity, NOW)).toBe(
      expected,
    );
  });

  test('the window is checked before the level, the level before stock, stock before points', () => {
    const everything = { ...item, saleFrom: '2027-01-01T00:00:00+08:00', stock: 0 };
    const poorL1 = { ...member, levelCode: 'L1', spendable: 0 };
    expect(redemptionRefusal(everything, poorL1, levels, 1, NOW)).toBe('SALE_NOT_STARTED');
    expect(redemptionRefusal({ ...everything, saleFrom: null }, poorL1, levels, 1, NOW)).toBe('LEVEL_TOO_LOW');
    expect(redemptionRefusal({ ...everything, saleFrom: null }, { ...poorL1, levelCode: 'L2' }, levels, 1, NOW)).toBe(
      'STOCK_EXHAUSTED',
    );
  });
});

describe('pickup codes', () => {
  test('8 digits with leading zeros, valid 30 days', () => {
    expect(pickupCodeFrom(() => 0)).toBe('00000000');
    expect(pickupCodeFrom(() => 0.00001234)).toBe('00001234');
    expect(pickupCodeFrom(() => 0.999999999)).toBe('99999999');
    expect(isPickupCode('01234567')).toBe(true);
    expect(isPickupCode('1234567')).toBe(false);
    expect(isPickupCode('1'.repeat(35))).toBe(false);
    expect(pickupDeadline(Date.parse('2026-05-01T10:00:00Z'))).toBe('2026-05-31T10:00:00.000Z');
  });
});

describe('mall item contracts', () => {
  const base = { name: '咖啡勺', category: '周边', kind: 'goods', points: 50, stock: null };
  test('defaults fill what a marketer leaves out', () => {
    expect(createMallItemRequest.parse(base)).toMatchObject({
      description: '',
      images: [],
      cashFen: 0,
      perMemberLimit: null,
      perOrderLimit: null,
      minLevel: null,
      saleFrom: null,
      saleUntil: null,
      couponTemplateId: null,
    });
  });
  test.each([
    [{ ...base, points: 0 }, 'points'],
    [{ ...base, stock: -1 }, 'stock'],
    [{ ...base, stock: undefined }, 'stock'],
    [{ ...base, name: ' ' }, 'name'],
    [{ ...base, images: ['ftp://x/y.png'] }, 'images.0'],
    [{ ...base, saleFrom: '2026-05-02T00:00:00+08:00', saleUntil: '2026-05-01T00:00:00+08:00' }, 'saleUntil'],
    [{ ...base, kind: 'coupon' }, 'couponTemplateId'],
    [{ ...base, perMemberLimit: 0 }, 'perMemberLimit'],
    [{ ...base, surprise: 1 }, ''],
  ])('%j is refused at %s', (body, field) => {
    const result = createMallItemRequest.safeParse(body);
    expect(result.success).toBe(false);
    if (field) expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
  test('an update moves stock by a non-zero delta and never sets it', () => {
    expect(updateMallItemRequest.safeParse({ stockDelta: 5 }).success).toBe(true);
    expect(updateMallItemRequest.safeParse({ stockDelta: 0 }).success).toBe(false);
    expect(updateMallItemRequest.safeParse({ stock: 5 }).success).toBe(false);
    expect(updateMallItemRequest.safeParse({}).success).toBe(false);
    expect(updateMallItemRequest.parse({ name: '新名字' })).toEqual({ name: '新名字' });
  });
});
