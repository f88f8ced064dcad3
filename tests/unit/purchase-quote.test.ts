import { quotePurchase, type Promotion, type SkuLine } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const at = (iso: string) => Date.parse(iso);

const promo = (over: Partial<Promotion>): Promotion => ({
  promotionId: 'P',
  name: '促销',
  multiplier: null,
  skuBonus: null,
  startsAt: '2026-01-01T00:00:00+08:00',
  endsAt: '2027-01-01T00:00:00+08:00',
  weekdays: null,
  hours: null,
  storeIds: null,
  levels: null,
  ...over,
});

const silverDouble = promo({ promotionId: 'silver-x2', name: '银卡双倍积分', multiplier: 2, levels: ['L2'] });
const everyoneTriple = promo({ promotionId: 'x3', name: '三倍积分日', multiplier: 3 });
const latteBonus = promo({ promotionId: 'latte', name: '拿铁加赠', skuBonus: { LATTE: 10 } });
const elsewhereFive = promo({ promotionId: 'x5-S002', name: '陆家嘴五倍', multiplier: 5, storeIds: ['S002'] });

interface Case {
  name: string;
  levelCode: string;
  growthByMonth: Record<string, number>;
  amountFen: number;
  items?: SkuLine[];
  promotions?: Promotion[];
  now?: string;
  expected: {
    levelDiscountFen: number;
    payableFen: number;
    points: number;
    growth: number;
    growthMonth: string;
    promotion: { promotionId: string; name: string; multiplier: number } | null;
    upgradeTo: string | null;
  };
}

const cases: Case[] = [
  {
    name: 'L1 reaching 600: upgraded to L2, but priced and earning at L1 (no 9折, × 1.0)',
    levelCode: 'L1',
    growthByMonth: { '2026-03': 400 },
    amountFen: 20000,
    expected: {
      levelDiscountFen: 0,
      payableFen: 20000,
      points: 200,
      growth: 200,
      growthMonth: '2026-03',
      promotion: null,
      upgradeTo: 'L2',
    },
  },
  {
    name: 'L1 with 0 growth buying ¥1500: skips to L3, earns 1500 at × 1.0',
    levelCode: 'L1',
    growthByMonth: {},
    amountFen: 150000,
    expected: {
      levelDiscountFen: 0,
      payableFen: 150000,
      points: 1500,
      growth: 1500,
      growthMonth: '2026-03',
      promotion: null,
      upgradeTo: 'L3',
    },
  },
  {
    name: 'L1 reaching 499: no upgrade',
    levelCode: 'L1',
    growthByMonth: { '2026-03': 400 },
    amountFen: 9999,
    expected: {
      levelDiscountFen: 0,
      payableFen: 9999,
      points: 99,
      growth: 99,
      growthMonth: '2026-03',
      promotion: null,
      upgradeTo: null,
    },
  },
  {
    name: 'L2: 11111 fen → discount 1111, pays 10000, 120 points, 100 growth',
    levelCode: 'L2',
    growthByMonth: { '2026-03': 600 },
    amountFen: 11111,
    expected: {
      levelDiscountFen: 1111,
      payableFen: 10000,
      points: 120,
      growth: 100,
      growthMonth: '2026-03',
      promotion: null,
      upgradeTo: null,
    },
  },
  {
    name: 'L2 with 1450 qualifying (growth from 10 months ago counts) reaching 1550: to L3, earning at L2',
    levelCode: 'L2',
    growthByMonth: { '2025-05': 1000, '2026-03': 450, '2025-03': 5000 }, // 2025-03 is outside the 12 months
    amountFen: 11111,
    expected: {
      levelDiscountFen: 1111,
      payableFen: 10000,
      points: 120,
      growth: 100,
      growthMonth: '2026-03',
      promotion: null,
      upgradeTo: 'L3',
    },
  },
  {
    name: 'growth month is the Beijing month: 00:30 on 1 April Beijing (31 March UTC) counts for April',
    levelCode: 'L1',
    growthByMonth: { '2025-04': 450 }, // inside the window of 2026-03, outside that of 2026-04
    amountFen: 10000,
    now: '2026-03-31T16:30:00Z',
    expected: {
      levelDiscountFen: 0,
      payableFen: 10000,
      points: 100,
      growth: 100,
      growthMonth: '2026-04',
      promotion: null,
      upgradeTo: null,
    },
  },
  {
    name: 'the same purchase at 23:30 on 31 March Beijing counts for March and upgrades',
    levelCode: 'L1',
    growthByMonth: { '2025-04': 450 },
    amountFen: 10000,
    now: '2026-03-31T15:30:00Z',
    expected: {
      levelDiscountFen: 0,
      payableFen: 10000,
      points: 100,
      growth: 100,
      growthMonth: '2026-03',
      promotion: null,
      upgradeTo: 'L2',
    },
  },
  {
    name: 'a promotion for L2 members does not apply to the L1 member this purchase upgrades',
    levelCode: 'L1',
    growthByMonth: { '2026-03': 400 },
    amountFen: 20000,
    promotions: [silverDouble],
    expected: {
      levelDiscountFen: 0,
      payableFen: 20000,
      points: 200,
      growth: 200,
      growthMonth: '2026-03',
      promotion: null,
      upgradeTo: 'L2',
    },
  },
  {
    name: 'the L2 promotion applies at L2: 100 × 1.2 × 2',
    levelCode: 'L2',
    growthByMonth: { '2026-03': 600 },
    amountFen: 11111,
    promotions: [silverDouble],
    expected: {
      levelDiscountFen: 1111,
      payableFen: 10000,
      points: 240,
      growth: 100,
      growthMonth: '2026-03',
      promotion: { promotionId: 'silver-x2', name: '银卡双倍积分', multiplier: 2 },
      upgradeTo: null,
    },
  },
  {
    name: 'the highest matching multiplier is reported, with SKU bonuses added; growth is not multiplied',
    levelCode: 'L2',
    growthByMonth: { '2026-03': 600 },
    amountFen: 6000,
    items: [
      { sku: 'LATTE', quantity: 2, unitPriceFen: 3000 },
      { sku: 'TEA', quantity: 1, unitPriceFen: 0 },
    ],
    promotions: [silverDouble, everyoneTriple, latteBonus, elsewhereFive],
    expected: {
      levelDiscountFen: 600,
      payableFen: 5400,
      points: 194 + 20, // floor(54 × 1.2 × 3) = floor(194.4) + 10 × 2
      growth: 54,
      growthMonth: '2026-03',
      promotion: { promotionId: 'x3', name: '三倍积分日', multiplier: 3 },
      upgradeTo: null,
    },
  },
  {
    name: 'L3: 8折 and the 5000-point cap',
    levelCode: 'L3',
    growthByMonth: { '2026-03': 2000 },
    amountFen: 1000000,
    promotions: [everyoneTriple],
    expected: {
      levelDiscountFen: 200000,
      payableFen: 800000,
      points: 5000, // 8000 × 1.5 × 3 = 36000, capped
      growth: 8000,
      growthMonth: '2026-03',
      promotion: { promotionId: 'x3', name: '三倍积分日', multiplier: 3 },
      upgradeTo: null,
    },
  },
];

describe('quoting a purchase at the counter (by the level held before it)', () => {
  test.each(cases)('$name', ({ levelCode, growthByMonth, amountFen, items, promotions, now, expected }) => {
    const quote = quotePurchase({
      settings: demoProgram,
      member: { levelCode, growthByMonth },
      amountFen,
      items: items ?? [],
      promotions: promotions ?? [],
      storeId: 'S001',
      nowMs: at(now ?? '2026-03-10T12:00:00+08:00'),
    });
    expect({ ...quote, upgradeTo: quote.upgradeTo?.code ?? null, stamp: undefined }).toEqual({
      amountFen,
      couponDiscountFen: 0,
      planDiscountFen: 0,
      ...expected,
    });
    expect(quote.stamp).toBe(quote.payableFen >= 1500); // the stamp card's ¥15 minimum, on what was paid
  });

  test('the reported upgrade is the level itself, with its gift', () => {
    const quote = quotePurchase({
      settings: demoProgram,
      member: { levelCode: 'L1', growthByMonth: {} },
      amountFen: 150000,
      items: [],
      promotions: [],
      storeId: 'S001',
      nowMs: at('2026-03-10T12:00:00+08:00'),
    });
    expect(quote.upgradeTo).toEqual(demoProgram.levels[2]);
  });

  test('the member growth buckets are not changed by quoting', () => {
    const growthByMonth = { '2026-03': 400 };
    quotePurchase({
      settings: demoProgram,
      member: { levelCode: 'L1', growthByMonth },
      amountFen: 20000,
      items: [],
      promotions: [],
      storeId: 'S001',
      nowMs: at('2026-03-10T12:00:00+08:00'),
    });
    expect(growthByMonth).toEqual({ '2026-03': 400 });
  });
});
