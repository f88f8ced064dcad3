import type { SegmentCode } from '../../contracts/tags';
import { daysBetween } from '../time/calendar';
import { addMonthsToDate, businessDateOf, monthOf } from '../time/program-time';

/**
 * Automatic RFM segments (product.md "Campaigns, promotions, tags"; boundaries in docs/decisions.md "Segments
 * and tags"). Days are whole business days in program time: today is day 0, yesterday day 1.
 */

/** Purchases and net spend (fen, after refunds) of one program-time month, kept on the member profile. */
export interface PurchaseMonth {
  n: number;
  fen: number;
}
export type PurchasesByMonth = Record<string, PurchaseMonth>;

/** Months kept on the profile: the 12 of the window plus one, so a month rolling out is never read half-pruned. */
export const PURCHASE_MONTHS_KEPT = 13;

const firstKeptMonth = (currentMonth: string) =>
  addMonthsToDate(`${currentMonth}-01`, -(PURCHASE_MONTHS_KEPT - 1)).slice(0, 7);

/**
 * The buckets after a purchase (n +1, fen +paid) or a refund (fen −refunded; n −1 when it completes the refund)
 * in `month`, pruned to the kept months before `currentMonth`. A change to a month already pruned is dropped:
 * it lies outside every window the segments read.
 */
export function addToPurchaseMonths(
  buckets: Readonly<PurchasesByMonth>,
  month: string,
  delta: PurchaseMonth,
  currentMonth: string,
): PurchasesByMonth {
  const first = firstKeptMonth(currentMonth);
  const next: PurchasesByMonth = {};
  for (const [key, value] of Object.entries(buckets)) if (key >= first) next[key] = { ...value };
  if (month >= first) {
    const before = next[month] ?? { n: 0, fen: 0 };
    next[month] = { n: Math.max(0, before.n + delta.n), fen: before.fen + delta.fen };
  }
  return next;
}

/** Purchases and net spend of the last 12 months: the current program-time month and the 11 before it. */
export function purchasesInLast12Months(
  buckets: Readonly<PurchasesByMonth>,
  currentMonth: string,
): { purchases: number; spendFen: number } {
  const first = addMonthsToDate(`${currentMonth}-01`, -11).slice(0, 7);
  let purchases = 0;
  let spendFen = 0;
  for (const [month, bucket] of Object.entries(buckets)) {
    if (month < first || month > currentMonth) continue;
    purchases += bucket.n;
    spendFen += bucket.fen;
  }
  return { purchases, spendFen };
}

export const BIG_SPENDER_SHARE = 0.2;

/**
 * The smallest 12-month spend that still counts as 高消费: among members who spent anything, the spend of the
 * member ranked ⌈20 %⌉ from the top. Everyone spending at least that much is in, so ties at the line are all in
 * (nobody is left out for spending exactly as much as someone let in). Null when nobody spent anything.
 */
export function bigSpenderThreshold(spendsFen: Iterable<number>): number | null {
  const positive = [...spendsFen].filter((fen) => fen > 0).sort((a, b) => b - a);
  if (positive.length === 0) return null;
  return positive[Math.ceil(positive.length * BIG_SPENDER_SHARE) - 1]!;
}

/** What the segments are decided from (all on the member profile). */
export interface SegmentFacts {
  joinedAt: string;
  /** Lifetime purchases made (a refund does not undo that a purchase happened). */
  purchaseCount: number;
  lastPurchaseAt: string | null;
  /** Purchases of the last 12 months, fully refunded ones excluded. */
  purchases12m: number;
  /** Net spend (paid − refunded) of the last 12 months, in fen. */
  spend12mFen: number;
}

export interface SegmentContext {
  nowMs: number;
  timeZone: string;
  /** From `bigSpenderThreshold` over the whole member population. */
  bigSpenderThresholdFen: number | null;
}

export const SEGMENT_RULES = {
  newMaxDays: 30,
  returningMinPurchases: 2,
  loyalMinPurchases: 6,
  loyalRecentMaxDays: 30,
  churnRiskMinLifetimePurchases: 2,
  churnRiskIdleDays: 60,
  churnedIdleDays: 180,
} as const;

/** Business days from the instant's program-time date to today's (0 = today). */
export function businessDaysSince(iso: string, nowMs: number, timeZone: string): number {
  return daysBetween(businessDateOf(Date.parse(iso), timeZone), businessDateOf(nowMs, timeZone));
}

/** The segments a member belongs to, in the order of `segmentCodes`. */
export function segmentsOf(facts: SegmentFacts, context: SegmentContext): SegmentCode[] {
  const rules = SEGMENT_RULES;
  const sinceJoined = businessDaysSince(facts.joinedAt, context.nowMs, context.timeZone);
  const sinceLast = facts.lastPurchaseAt
    ? businessDaysSince(facts.lastPurchaseAt, context.nowMs, context.timeZone)
    : null;
  // Never bought: idle since joining.
  const idle = sinceLast ?? sinceJoined;
  const churned = idle >= rules.churnedIdleDays;
  const segments: SegmentCode[] = [];
  if (sinceJoined <= rules.newMaxDays) segments.push('new');
  if (facts.purchases12m >= rules.returningMinPurchases) segments.push('returning');
  if (facts.purchases12m >= rules.loyalMinPurchases && sinceLast !== null && sinceLast <= rules.loyalRecentMaxDays)
    segments.push('loyal');
  if (
    context.bigSpenderThresholdFen !== null &&
    facts.spend12mFen > 0 &&
    facts.spend12mFen >= context.bigSpenderThresholdFen
  )
    segments.push('big-spender');
  // 已流失 replaces 流失预警: a member is warned about once, then counted as lost.
  if (
    !churned &&
    sinceLast !== null &&
    facts.purchaseCount >= rules.churnRiskMinLifetimePurchases &&
    sinceLast >= rules.churnRiskIdleDays
  )
    segments.push('churn-risk');
  if (churned) segments.push('churned');
  return segments;
}

/** The facts of a member from the profile fields the directory carries. */
export function segmentFactsOf(
  member: {
    joinedAt: string;
    purchaseCount: number;
    lastPurchaseAt: string | null;
    purchasesByMonth: Readonly<PurchasesByMonth>;
  },
  nowMs: number,
  timeZone: string,
): SegmentFacts {
  const { purchases, spendFen } = purchasesInLast12Months(member.purchasesByMonth, monthOf(nowMs, timeZone));
  return {
    joinedAt: member.joinedAt,
    purchaseCount: member.purchaseCount,
    lastPurchaseAt: member.lastPurchaseAt,
    purchases12m: purchases,
    spend12mFen: spendFen,
  };
}
