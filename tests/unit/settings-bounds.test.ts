import {
  boundsOf,
  programSettings,
  programUpdateRequest,
  purchaseGrowth,
  purchasePoints,
  refundReversal,
  SETTINGS_BOUNDS,
  storedProgramSettings,
  type ProgramSettings,
} from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const pathsOf = (value: unknown) => {
  const parsed = programSettings.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

/** The settings with one number replaced, by its path (`checkin.basePoints`, `levels.2.threshold`). */
function withValue(path: string, value: number): unknown {
  const copy = structuredClone(demoProgram) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let at: any = copy;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys.at(-1)!] = value;
  return copy;
}

/** A concrete path for each bound (a level's fields on the last level, so thresholds still ascend). */
const concrete = (field: string) =>
  field.startsWith('levels.')
    ? field.replace('levels.', 'levels.2.')
    : field.startsWith('tasks.')
      ? field.replace('tasks.', 'tasks.0.')
      : field === 'checkin.bonuses.points'
        ? 'checkin.bonuses.0.points'
        : field === 'expiry.days'
          ? null
          : field;

describe('program settings: every number bounded, every key known', () => {
  test('the demo program passes, with the new defaults', () => {
    const parsed = programSettings.parse(demoProgram);
    expect(parsed).toMatchObject({ refundWindowDays: 7, earning: { pendingDays: 0 }, referral: { minPaidFen: 1000 } });
  });

  test.each(Object.entries(SETTINGS_BOUNDS).filter(([field]) => concrete(field) !== null))(
    '%s: its bounds pass, one beyond is refused with the field named',
    (field, bounds) => {
      const path = concrete(field)!;
      expect(pathsOf(withValue(path, bounds.max))).toEqual([]);
      expect(pathsOf(withValue(path, bounds.max + 1))).toContain(path);
      expect(pathsOf(withValue(path, 1e308))).toContain(path);
      expect(pathsOf(withValue(path, Number.MAX_SAFE_INTEGER))).toContain(path);
      expect(boundsOf(path)).toEqual(bounds);
    },
  );

  test('expiry days are bounded too', () => {
    expect(pathsOf({ ...demoProgram, expiry: { policy: 'days-after-earn', days: 3651 } })).toEqual(['expiry.days']);
  });

  test('unknown keys are refused anywhere; stored versions drop them', () => {
    const extra = { ...demoProgram, bonusForAll: 1, checkin: { ...demoProgram.checkin, free: true } };
    expect(pathsOf(extra).sort()).toEqual(['', 'checkin']);
    expect(programUpdateRequest.safeParse({ ...demoProgram, effectiveAt: '2030-01-01T00:00:00Z' }).success).toBe(true);
    expect(programUpdateRequest.safeParse({ ...demoProgram, constructor: {} }).success).toBe(false);
    expect(storedProgramSettings.parse(extra)).not.toHaveProperty('bonusForAll');
  });

  test('at the bounds, earning and refunds stay exact integers', () => {
    const max = (field: keyof typeof SETTINGS_BOUNDS) => SETTINGS_BOUNDS[field].max;
    const earning: ProgramSettings['earning'] = {
      pointsPerYuan: max('earning.pointsPerYuan'),
      growthPerYuan: max('earning.growthPerYuan'),
      maxPointsPerPurchase: max('earning.maxPointsPerPurchase'),
      pendingDays: 0,
    };
    const payableFen = 100_000_000; // the purchase contract's largest amount
    const points = purchasePoints({ payableFen, earning, levelMultiplier: 10, promoMultiplier: 10, skuBonus: 999_000 });
    const growth = purchaseGrowth(payableFen, earning);
    expect([points, growth]).toEqual([1_000_000, 10_000_000]);
    for (const earned of [points, growth]) {
      const reversed = refundReversal({
        paidFen: payableFen,
        refundedBeforeFen: 0,
        refundFen: payableFen - 1,
        earned,
        reversedBefore: 0,
      });
      expect(Number.isSafeInteger(earned * (payableFen - 1))).toBe(true);
      expect(reversed).toBe(earned - 1);
    }
  });
});
