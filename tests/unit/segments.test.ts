import {
  addToPurchaseMonths,
  bigSpenderThreshold,
  purchasesInLast12Months,
  segmentsOf,
  zonedTimeToInstant,
  type SegmentFacts,
} from '@app/shared';

const TZ = 'Asia/Shanghai';
// 09:30 on 2026-08-20 in Shanghai (01:30 UTC: the UTC date is the same, so a test of the zone is below).
const NOW = zonedTimeToInstant('2026-08-20', TZ, '09:30:00');
const DAY = 86_400_000;
/** An instant `days` business days before NOW, at 23:59 program time (late in the day, to catch off-by-one days). */
const daysAgo = (days: number) => new Date(zonedTimeToInstant('2026-08-20', TZ, '23:59:00') - days * DAY).toISOString();

const facts = (fields: Partial<SegmentFacts> = {}): SegmentFacts => ({
  joinedAt: daysAgo(400),
  purchaseCount: 0,
  lastPurchaseAt: null,
  purchases12m: 0,
  spend12mFen: 0,
  ...fields,
});
const segments = (fields: Partial<SegmentFacts>, threshold: number | null = null) =>
  segmentsOf(facts(fields), { nowMs: NOW, timeZone: TZ, bigSpenderThresholdFen: threshold });
// A member who bought recently enough to be neither idle segment, so each test sees one rule.
const active = { lastPurchaseAt: daysAgo(10), purchaseCount: 1 };

describe('新会员: joined ≤ 30 business days ago', () => {
  test.each([
    [0, true],
    [29, true],
    [30, true],
    [31, false],
  ])('joined %i days ago → new: %s', (days, isNew) => {
    expect(segments({ ...active, joinedAt: daysAgo(days) }).includes('new')).toBe(isNew);
  });

  test('days are program-time dates: 00:30 Shanghai is already the next day although UTC is still on the previous one', () => {
    const now = zonedTimeToInstant('2026-08-20', TZ, '00:30:00');
    const joined = zonedTimeToInstant('2026-07-20', TZ, '23:50:00'); // 31 program days before, 30 in UTC
    expect(
      segmentsOf(facts({ ...active, joinedAt: new Date(joined).toISOString() }), {
        nowMs: now,
        timeZone: TZ,
        bigSpenderThresholdFen: null,
      }),
    ).not.toContain('new');
  });
});

describe('回头客 and 忠诚客户: purchases in the last 12 months', () => {
  test.each([
    [1, false],
    [2, true],
  ])('%i purchases → returning: %s', (n, returning) => {
    expect(segments({ ...active, purchases12m: n }).includes('returning')).toBe(returning);
  });

  test.each([
    [5, 5, false],
    [6, 5, true],
    [6, 29, true],
    [6, 30, true],
    [6, 31, false],
  ])('%i purchases, the last %i days ago → loyal: %s', (n, days, loyal) => {
    expect(segments({ purchaseCount: n, purchases12m: n, lastPurchaseAt: daysAgo(days) }).includes('loyal')).toBe(
      loyal,
    );
  });

  test('loyal members are returning customers too', () => {
    expect(segments({ purchaseCount: 8, purchases12m: 8, lastPurchaseAt: daysAgo(1) })).toEqual(['returning', 'loyal']);
  });
});

describe('流失预警 and 已流失: business days without a purchase', () => {
  test.each([
    [59, []],
    [60, ['churn-risk']],
    [61, ['churn-risk']],
    [179, ['churn-risk']],
    [180, ['churned']],
    [181, ['churned']],
  ])('2 purchases, the last %i days ago → %j', (days, expected) => {
    expect(segments({ purchaseCount: 2, lastPurchaseAt: daysAgo(days) })).toEqual(expected);
  });

  test('churn-risk needs two purchases in the lifetime; one purchase long ago is only churned when 180 days pass', () => {
    expect(segments({ purchaseCount: 1, lastPurchaseAt: daysAgo(61) })).toEqual([]);
    expect(segments({ purchaseCount: 1, lastPurchaseAt: daysAgo(180) })).toEqual(['churned']);
  });

  test.each([
    [31, []],
    [179, []],
    [180, ['churned']],
    [181, ['churned']],
  ])('never bought, joined %i days ago → %j (counted from joining; never churn-risk)', (days, expected) => {
    expect(segments({ joinedAt: daysAgo(days) })).toEqual(expected);
  });
});

describe('高消费: top 20 % of 12-month spend among members who spent anything', () => {
  test('threshold: the spend of the member ranked ⌈20 %⌉ from the top; members spending nothing do not count', () => {
    expect(bigSpenderThreshold([])).toBeNull();
    expect(bigSpenderThreshold([0, 0, -100])).toBeNull();
    expect(bigSpenderThreshold([500])).toBe(500);
    expect(bigSpenderThreshold([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])).toBe(900); // 2 of 10
    expect(bigSpenderThreshold([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100])).toBe(900); // ⌈2.2⌉ = 3 of 11: 1100, 1000, 900
    expect(bigSpenderThreshold([100, 200, 300, 400, 500, 0, 0, 0, 0, 0])).toBe(500); // 1 of the 5 who spent
  });

  test('ties at the line are all in', () => {
    const spends = [1000, 800, 800, 800, 500, 400, 300, 200, 100, 50];
    const threshold = bigSpenderThreshold(spends);
    expect(threshold).toBe(800);
    const big = spends.filter((fen) => segments({ ...active, spend12mFen: fen }, threshold).includes('big-spender'));
    expect(big).toEqual([1000, 800, 800, 800]);
  });

  test('no spend is never big, even when the threshold is 0 or absent', () => {
    expect(segments({ ...active, spend12mFen: 0 }, null)).toEqual([]);
    expect(segments({ ...active, spend12mFen: 5000 }, null)).toEqual([]);
  });
});

describe('monthly purchase buckets on the profile', () => {
  test('the last 12 months are the current program-time month and the 11 before it', () => {
    const buckets = { '2025-08': { n: 1, fen: 100 }, '2025-09': { n: 2, fen: 200 }, '2026-08': { n: 3, fen: 300 } };
    expect(purchasesInLast12Months(buckets, '2026-08')).toEqual({ purchases: 5, spendFen: 500 });
  });

  test('a purchase adds one and what was paid; refunds subtract; the full refund takes the purchase out', () => {
    let buckets = addToPurchaseMonths({}, '2026-08', { n: 1, fen: 3000 }, '2026-08');
    buckets = addToPurchaseMonths(buckets, '2026-08', { n: 0, fen: -1000 }, '2026-08');
    expect(buckets).toEqual({ '2026-08': { n: 1, fen: 2000 } });
    buckets = addToPurchaseMonths(buckets, '2026-08', { n: -1, fen: -2000 }, '2026-09');
    expect(buckets).toEqual({ '2026-08': { n: 0, fen: 0 } });
  });

  test('pruned to 13 months; a refund of a purchase in a pruned month changes nothing', () => {
    const buckets = { '2025-07': { n: 1, fen: 100 }, '2025-08': { n: 1, fen: 100 } };
    expect(addToPurchaseMonths(buckets, '2026-08', { n: 1, fen: 50 }, '2026-08')).toEqual({
      '2025-08': { n: 1, fen: 100 },
      '2026-08': { n: 1, fen: 50 },
    });
    expect(addToPurchaseMonths(buckets, '2025-06', { n: -1, fen: -100 }, '2026-08')).toEqual({
      '2025-08': { n: 1, fen: 100 },
    });
  });
});
