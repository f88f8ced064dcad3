import {
  levelPricing,
  promotionApplies,
  promotionEffect,
  purchaseGrowth,
  purchasePoints,
  refundReversal,
  type Promotion,
  type PurchaseContext,
} from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import { seededRandom as prng } from '../../infra/seed/seeded-random';

const SHANGHAI = 'Asia/Shanghai';
const earning = demoProgram.earning;
const at = (iso: string) => Date.parse(iso);

const promo = (over: Partial<Promotion> = {}): Promotion => ({
  promotionId: 'P',
  name: '促销',
  multiplier: 2,
  skuBonus: null,
  startsAt: '2026-03-01T00:00:00+08:00',
  endsAt: '2026-04-01T00:00:00+08:00',
  weekdays: null,
  hours: null,
  storeIds: null,
  levels: null,
  ...over,
});

const ctx = (over: Partial<PurchaseContext> = {}): PurchaseContext => ({
  nowMs: at('2026-03-10T12:00:00+08:00'), // a Tuesday
  timeZone: SHANGHAI,
  storeId: 'S001',
  levelCode: 'L1',
  ...over,
});

describe('demo program earning settings', () => {
  test('1 point and 1 growth per yuan, at most 5000 points a purchase', () => {
    // The purchase's own points count at once (pendingDays 0); only the rewards it causes wait (待到账).
    expect(earning).toEqual({ pointsPerYuan: 1, growthPerYuan: 1, maxPointsPerPurchase: 5000, pendingDays: 0 });
    expect(demoProgram.levels.map((l) => [l.code, l.threshold, l.multiplier, l.discountPercent])).toEqual([
      ['L1', 0, 1, 100],
      ['L2', 500, 1.2, 90],
      ['L3', 1500, 1.5, 80],
    ]);
  });
});

describe('level pricing floors the discount', () => {
  test.each([
    // amount, share paid, discount, payable
    [11111, 90, 1111, 10000],
    [10000, 90, 1000, 9000],
    [11111, 80, 2222, 8889],
    [9, 90, 0, 9], // 0.9 fen of discount is nothing
    [10, 90, 1, 9],
    [19, 80, 3, 16], // 3.8 → 3
    [12345, 100, 0, 12345],
    [0, 80, 0, 0],
  ])('%i fen at %i%% → discount %i, payable %i', (amountFen, share, discount, payable) => {
    expect(levelPricing(amountFen, share)).toEqual({ levelDiscountFen: discount, payableFen: payable });
  });
});

describe('purchase points: floor(paidFen / 100 × rate × level × promo) + SKU bonus, capped', () => {
  test.each([
    // payableFen, level mult, promo mult, sku bonus, points
    [50000, 1.2, 1, 0, 600], // a binary 1.2 must not make it 599
    [10000, 1.2, 1, 0, 120],
    [10000, 1, 1, 0, 100],
    [10099, 1, 1, 0, 100], // 100.99 → 100
    [99, 1, 1, 0, 0],
    [10000, 1.15, 1, 0, 115], // 100 × 1.15 is 114.999… in floating point
    [10000, 1, 1.15, 0, 115],
    [2900, 1, 1, 0, 29], // 0.29 × 100 is 28.999… in floating point
    [70000, 1.1, 1, 0, 770],
    [33333, 1.5, 2, 0, 999], // 333.33 × 3 = 999.99 → 999
    [10000, 1.2, 1.5, 0, 180],
    [10000, 1.5, 3, 7, 457], // 450 + 7
    [0, 1.5, 2, 30, 30], // bonus only
    [333300, 1.5, 1, 0, 4999],
    [333400, 1.5, 1, 0, 5000], // 5001 → cap
    [600000, 1.5, 1, 0, 5000], // 9000 → cap
    [333300, 1.5, 1, 5, 5000], // 4999 + 5 → the cap holds the bonus too
  ])('%i fen × %d × %d + %i → %i points', (payableFen, levelMultiplier, promoMultiplier, skuBonus, points) => {
    expect(purchasePoints({ payableFen, earning, levelMultiplier, promoMultiplier, skuBonus })).toBe(points);
  });

  test('rate and cap come from the program settings', () => {
    const custom = { pointsPerYuan: 2, growthPerYuan: 0.5, maxPointsPerPurchase: 100 };
    expect(
      purchasePoints({ payableFen: 1234, earning: custom, levelMultiplier: 1, promoMultiplier: 1, skuBonus: 0 }),
    ).toBe(24);
    expect(
      purchasePoints({ payableFen: 10000, earning: custom, levelMultiplier: 1, promoMultiplier: 1, skuBonus: 0 }),
    ).toBe(100);
    expect(purchaseGrowth(1234, custom)).toBe(6);
  });

  test.each([
    [10000, 100],
    [10099, 100],
    [99, 0],
    [11111, 111],
    [50000, 500],
  ])('growth: %i fen → %i', (payableFen, growth) => {
    expect(purchaseGrowth(payableFen, earning)).toBe(growth);
  });

  test('11111 fen at L2: discount 1111, pays 10000, earns 120 points and 100 growth', () => {
    const l2 = demoProgram.levels[1]!;
    const { levelDiscountFen, payableFen } = levelPricing(11111, l2.discountPercent);
    expect([levelDiscountFen, payableFen]).toEqual([1111, 10000]);
    expect(
      purchasePoints({ payableFen, earning, levelMultiplier: l2.multiplier, promoMultiplier: 1, skuBonus: 0 }),
    ).toBe(120);
    expect(purchaseGrowth(payableFen, earning)).toBe(100);
  });
});

describe('promotions: which apply', () => {
  test.each([
    { name: 'inside the window', p: {}, c: {}, applies: true },
    { name: 'at startsAt (inclusive)', p: {}, c: { nowMs: at('2026-03-01T00:00:00+08:00') }, applies: true },
    { name: 'just before startsAt', p: {}, c: { nowMs: at('2026-03-01T00:00:00+08:00') - 1 }, applies: false },
    { name: 'just before endsAt', p: {}, c: { nowMs: at('2026-04-01T00:00:00+08:00') - 1 }, applies: true },
    { name: 'at endsAt (exclusive)', p: {}, c: { nowMs: at('2026-04-01T00:00:00+08:00') }, applies: false },
    { name: 'store listed', p: { storeIds: ['S002', 'S001'] }, c: {}, applies: true },
    { name: 'store not listed', p: { storeIds: ['S002'] }, c: {}, applies: false },
    { name: 'level listed', p: { levels: ['L2', 'L3'] }, c: { levelCode: 'L3' }, applies: true },
    { name: 'level not listed', p: { levels: ['L2', 'L3'] }, c: { levelCode: 'L1' }, applies: false },
    { name: 'weekday (Tuesday) listed', p: { weekdays: [2] }, c: {}, applies: true },
    { name: 'weekday (Tuesday) not listed', p: { weekdays: [1, 3, 4, 5, 6, 7] }, c: {}, applies: false },
    // 2026-03-02 is a Monday in Beijing; 00:30 Beijing is 16:30 UTC on Sunday 2026-03-01.
    {
      name: 'Monday 00:30 Beijing (Sunday in UTC) is a Monday',
      p: { weekdays: [1] },
      c: { nowMs: at('2026-03-01T16:30:00Z') },
      applies: true,
    },
    {
      name: 'Monday 00:30 Beijing (Sunday in UTC) is not a Sunday',
      p: { weekdays: [7] },
      c: { nowMs: at('2026-03-01T16:30:00Z') },
      applies: false,
    },
    // 2026-03-08 is a Sunday; 23:30 Beijing Sunday is 15:30 UTC Sunday.
    {
      name: 'Sunday is weekday 7',
      p: { weekdays: [6, 7] },
      c: { nowMs: at('2026-03-08T23:30:00+08:00') },
      applies: true,
    },
    {
      name: 'hours [14, 17): 14:00 Beijing',
      p: { hours: [14, 17] as [number, number] },
      c: { nowMs: at('2026-03-10T14:00:00+08:00') },
      applies: true,
    },
    {
      name: 'hours [14, 17): 16:59 Beijing',
      p: { hours: [14, 17] as [number, number] },
      c: { nowMs: at('2026-03-10T16:59:59+08:00') },
      applies: true,
    },
    {
      name: 'hours [14, 17): 17:00 Beijing',
      p: { hours: [14, 17] as [number, number] },
      c: { nowMs: at('2026-03-10T17:00:00+08:00') },
      applies: false,
    },
    {
      name: 'hours [14, 17): 13:59 Beijing',
      p: { hours: [14, 17] as [number, number] },
      c: { nowMs: at('2026-03-10T13:59:59+08:00') },
      applies: false,
    },
    // 15:00 UTC is 23:00 Beijing: the hour is taken in program time.
    {
      name: 'hours [14, 17): 15:00 UTC is 23:00 Beijing',
      p: { hours: [14, 17] as [number, number] },
      c: { nowMs: at('2026-03-10T15:00:00Z') },
      applies: false,
    },
    {
      name: 'hours [0, 8): 06:00 UTC is 14:00 Beijing',
      p: { hours: [0, 8] as [number, number] },
      c: { nowMs: at('2026-03-10T06:00:00Z') },
      applies: false,
    },
    {
      name: 'hours [0, 8): 00:00 Beijing is hour 0',
      p: { hours: [0, 8] as [number, number] },
      c: { nowMs: at('2026-03-10T00:00:00+08:00') },
      applies: true,
    },
    {
      name: 'all conditions together',
      p: { weekdays: [1], hours: [0, 2] as [number, number], storeIds: ['S003'], levels: ['L2'] },
      c: { nowMs: at('2026-03-01T17:30:00Z'), storeId: 'S003', levelCode: 'L2' },
      applies: true,
    },
  ])('$name → $applies', ({ p, c, applies }) => {
    expect(promotionApplies(promo(p), ctx(c))).toBe(applies);
  });
});

describe('promotion effect: the highest multiplier, the larger SKU bonus', () => {
  const double = promo({ promotionId: 'double', multiplier: 2 });
  const triple = promo({ promotionId: 'triple', multiplier: 3 });
  const tripleElsewhere = promo({ promotionId: 'triple-S002', multiplier: 3, storeIds: ['S002'] });
  const quintupleExpired = promo({ promotionId: 'x5-old', multiplier: 5, endsAt: '2026-03-05T00:00:00+08:00' });
  const latteBonus = promo({ promotionId: 'latte', multiplier: null, skuBonus: { LATTE: 10, MOCHA: 3 } });
  const latteBonusBigger = promo({ promotionId: 'latte-big', multiplier: 1.5, skuBonus: { LATTE: 25 } });
  const latteBonusL3 = promo({ promotionId: 'latte-l3', multiplier: null, skuBonus: { LATTE: 99 }, levels: ['L3'] });
  const lines = [
    { sku: 'LATTE', quantity: 2, unitPriceFen: 3000 },
    { sku: 'MOCHA', quantity: 3, unitPriceFen: 3200 },
    { sku: 'TEA', quantity: 1, unitPriceFen: 2000 },
  ];

  test.each([
    { name: 'none', promotions: [], multiplier: 1, id: null, skuBonus: 0 },
    { name: 'one multiplier', promotions: [double], multiplier: 2, id: 'double', skuBonus: 0 },
    {
      name: 'the highest of two, never the product',
      promotions: [triple, double],
      multiplier: 3,
      id: 'triple',
      skuBonus: 0,
    },
    { name: 'order does not matter', promotions: [double, triple], multiplier: 3, id: 'triple', skuBonus: 0 },
    {
      name: 'a higher one that does not match is ignored',
      promotions: [double, tripleElsewhere, quintupleExpired],
      multiplier: 2,
      id: 'double',
      skuBonus: 0,
    },
    {
      name: 'SKU bonus per unit × quantity',
      promotions: [latteBonus],
      multiplier: 1,
      id: null,
      skuBonus: 10 * 2 + 3 * 3,
    },
    {
      name: 'the larger bonus when two promotions name the same SKU',
      promotions: [latteBonus, latteBonusBigger],
      multiplier: 1.5,
      id: 'latte-big',
      skuBonus: 25 * 2 + 3 * 3,
    },
    {
      name: 'larger bonus regardless of order',
      promotions: [latteBonusBigger, latteBonus, double],
      multiplier: 2,
      id: 'double',
      skuBonus: 25 * 2 + 3 * 3,
    },
    {
      name: 'a bonus whose promotion does not match counts nothing',
      promotions: [latteBonus, latteBonusL3],
      multiplier: 1,
      id: null,
      skuBonus: 10 * 2 + 3 * 3,
    },
  ])('$name', ({ promotions, multiplier, id, skuBonus }) => {
    expect(promotionEffect(promotions, ctx(), lines)).toEqual({ multiplier, multiplierPromotionId: id, skuBonus });
  });

  test('a level-bound bonus counts for that level', () => {
    expect(promotionEffect([latteBonus, latteBonusL3], ctx({ levelCode: 'L3' }), lines).skuBonus).toBe(99 * 2 + 3 * 3);
  });
});

describe('refund reversal', () => {
  test.each([
    // paid, refunded before, refund, earned, reversed before, reversal
    { paidFen: 10000, refundedBeforeFen: 0, refundFen: 3333, earned: 120, reversedBefore: 0, reversal: 39 }, // 39.996 → 39
    { paidFen: 10000, refundedBeforeFen: 0, refundFen: 5000, earned: 120, reversedBefore: 0, reversal: 60 },
    { paidFen: 10000, refundedBeforeFen: 0, refundFen: 1, earned: 120, reversedBefore: 0, reversal: 0 },
    { paidFen: 10000, refundedBeforeFen: 3333, refundFen: 3333, earned: 120, reversedBefore: 39, reversal: 39 },
    // the completing refund takes exactly what remains (120 − 78 = 42, not floor(120 × 3334 / 10000) = 40)
    { paidFen: 10000, refundedBeforeFen: 6666, refundFen: 3334, earned: 120, reversedBefore: 78, reversal: 42 },
    { paidFen: 10000, refundedBeforeFen: 0, refundFen: 10000, earned: 120, reversedBefore: 0, reversal: 120 },
    { paidFen: 10000, refundedBeforeFen: 9999, refundFen: 1, earned: 120, reversedBefore: 119, reversal: 1 },
    { paidFen: 10000, refundedBeforeFen: 0, refundFen: 10000, earned: 0, reversedBefore: 0, reversal: 0 },
    { paidFen: 7, refundedBeforeFen: 0, refundFen: 3, earned: 5000, reversedBefore: 0, reversal: 2142 }, // 2142.86 → 2142
  ])('paid $paidFen, refunded $refundedBeforeFen before, refund $refundFen of $earned earned → $reversal', (input) => {
    const { reversal, ...args } = input;
    expect(refundReversal(args)).toBe(reversal);
  });

  test('partial refunds in random splits never take back more than was earned; the last one completes it exactly', () => {
    const random = prng(20260301);
    const violations: unknown[] = [];
    let rounds = 0;
    for (let round = 0; round < 2000; round += 1) {
      const paidFen = 1 + Math.floor(random() * 200_000);
      const earned = Math.floor(random() * 5001);
      const parts = 1 + Math.floor(random() * Math.min(8, paidFen));
      // split paidFen into `parts` positive amounts
      const cuts = new Set<number>();
      while (cuts.size < parts - 1) cuts.add(1 + Math.floor(random() * (paidFen - 1)));
      const bounds = [0, ...[...cuts].sort((a, b) => a - b), paidFen];
      const refunds = bounds.slice(1).map((bound, i) => bound - bounds[i]!);

      let refundedBeforeFen = 0;
      let reversedBefore = 0;
      refunds.forEach((refundFen, i) => {
        const reversal = refundReversal({ paidFen, refundedBeforeFen, refundFen, earned, reversedBefore });
        const last = i === refunds.length - 1;
        if (reversal < 0 || reversal > earned - reversedBefore)
          violations.push({ why: 'takes more than remains', paidFen, earned, refunds, i, reversal });
        if (!last && reversal !== Math.floor((earned * refundFen) / paidFen))
          violations.push({ why: 'not the proportional floor', paidFen, earned, refunds, i, reversal });
        refundedBeforeFen += refundFen;
        reversedBefore += reversal;
      });
      if (reversedBefore !== earned)
        violations.push({ why: 'the last refund does not complete it', paidFen, earned, refunds, reversedBefore });
      rounds += 1;
    }
    expect(rounds).toBe(2000);
    expect(violations).toEqual([]);
  });
});
