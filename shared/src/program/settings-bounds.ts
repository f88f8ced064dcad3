import { MAX_AMOUNT_FEN } from '../contracts/limits';

/**
 * The bounds of every number in the program settings: the schema enforces them and the settings form shows them.
 * Chosen so that each arithmetic path stays exact in JavaScript numbers (below 2^53) for any version that passes:
 * a purchase of at most ¥1,000,000 (the purchase contract's MAX_AMOUNT_FEN) × 100 points per yuan × level ×10 × promotion ×10 is
 * 10^10 before the per-purchase cap (≤ 1,000,000); refund reversals multiply what was earned by the refunded fen
 * (≤ 10^6 × 10^8 points, ≤ 10^7 × 10^8 growth); a day's check-in pays at most 1,000 + 10,000. Beyond that, a
 * bound is what no real brand would set (docs/decisions.md "Program settings bounds").
 */
export const SETTINGS_BOUNDS = {
  'levels.threshold': { min: 0, max: 100_000_000 },
  'levels.multiplier': { min: 0, max: 10 },
  'levels.discountPercent': { min: 1, max: 100 },
  'levels.upgradeGift.points': { min: 0, max: 100_000 },
  'earning.pointsPerYuan': { min: 0, max: 100 },
  'earning.growthPerYuan': { min: 0, max: 10 },
  'earning.maxPointsPerPurchase': { min: 1, max: 1_000_000 },
  'earning.pendingDays': { min: 0, max: 30 },
  'checkin.basePoints': { min: 0, max: 1_000 },
  'checkin.baseGrowth': { min: 0, max: 100 },
  'checkin.cycleDays': { min: 1, max: 31 },
  'checkin.bonuses.points': { min: 1, max: 10_000 },
  'checkin.makeupCost': { min: 0, max: 10_000 },
  'checkin.makeupsPerMonth': { min: 0, max: 31 },
  'expiry.days': { min: 1, max: 3650 },
  'referral.referrerPoints': { min: 0, max: 100_000 },
  'referral.secondLevelPoints': { min: 0, max: 100_000 },
  'referral.maxRewardedPerYear': { min: 0, max: 10_000 },
  'referral.minPaidFen': { min: 0, max: MAX_AMOUNT_FEN },
  refundWindowDays: { min: 0, max: 30 },
  'tasks.points': { min: 0, max: 100_000 },
  'tasks.growth': { min: 0, max: 100_000 },
  'stampCard.minSpendFen': { min: 0, max: MAX_AMOUNT_FEN },
  'stampCard.stampsPerCard': { min: 1, max: 100 },
  'memberCode.ttlSeconds': { min: 15, max: 600 },
  'levels.topupThresholdFen': { min: 1, max: MAX_AMOUNT_FEN * 100 },
  'pointsAsCash.pointsPerYuan': { min: 1, max: 10_000 },
  'pointsAsCash.maxSharePercent': { min: 1, max: 100 },
  'pointsAsCash.minPoints': { min: 0, max: 1_000_000 },
  'wallet.customMinFen': { min: 1, max: MAX_AMOUNT_FEN },
  'wallet.customMaxFen': { min: 1, max: MAX_AMOUNT_FEN },
} as const satisfies Record<string, { min: number; max: number }>;

export type BoundedField = keyof typeof SETTINGS_BOUNDS;

/** The bounds of a settings path as a form names it (`levels.1.threshold` → `levels.threshold`), if it has any. */
export function boundsOf(path: string): { min: number; max: number } | undefined {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '') as BoundedField;
  return SETTINGS_BOUNDS[generic];
}
