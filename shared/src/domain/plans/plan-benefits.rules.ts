/**
 * Paid membership (付费会员) as pure rules: what a plan gives at the counter, how a renewal stacks, what a refund
 * returns. product.md "Paid membership" and "Punch cards".
 */

const DAY_MS = 86_400_000;

/** The membership a member holds (a snapshot of the plan's counter benefits when it was bought). */
export interface HeldPlan {
  planId: string;
  activeUntil: string;
  discountPercent: number | null;
  pointsMultiplier: number | null;
}

export const planActiveAt = (plan: HeldPlan | null | undefined, nowMs: number): plan is HeldPlan =>
  !!plan && Date.parse(plan.activeUntil) > nowMs;

export interface CounterBenefits {
  /** The share paid (90 = 9折) of the better discount, and whose it is. */
  discountPercent: number;
  discountFrom: 'level' | 'plan';
  /** Level × plan: the promotion's multiplier multiplies on top, and the per-purchase cap still holds. */
  multiplier: number;
}

/**
 * At the counter the better of the level's and the plan's discount applies, never both (a lower share paid is the
 * better one; a tie stays the level's); multipliers multiply.
 */
export function counterBenefits(
  level: { discountPercent: number; multiplier: number },
  plan: HeldPlan | null | undefined,
  nowMs: number,
): CounterBenefits {
  if (!planActiveAt(plan, nowMs))
    return { discountPercent: level.discountPercent, discountFrom: 'level', multiplier: level.multiplier };
  const planPercent = plan.discountPercent ?? 100;
  const fromPlan = planPercent < level.discountPercent;
  return {
    discountPercent: fromPlan ? planPercent : level.discountPercent,
    discountFrom: fromPlan ? 'plan' : 'level',
    multiplier: Number((level.multiplier * (plan.pointsMultiplier ?? 1)).toFixed(4)),
  };
}

/** Buying again while active extends from the current end (stacking); otherwise the term starts now. */
export function stackedTerm(current: HeldPlan | null | undefined, periodDays: number, nowMs: number) {
  const startsMs = planActiveAt(current, nowMs) ? Date.parse(current.activeUntil) : nowMs;
  return { startsAt: new Date(startsMs).toISOString(), endsAt: new Date(startsMs + periodDays * DAY_MS).toISOString() };
}

/** The membership months of a term: month n (0-based) starts n × 30 days after the term's start. */
export function membershipMonthAt(startsAt: string, nowMs: number): number | null {
  const elapsed = nowMs - Date.parse(startsAt);
  return elapsed < 0 ? null : Math.floor(elapsed / (30 * DAY_MS));
}

/** Pro rata by unused share, floored: what a refund returns of a price. */
export const proRataFen = (priceFen: number, unused: number, total: number) =>
  total <= 0 ? 0 : Math.floor((priceFen * Math.max(0, Math.min(unused, total))) / total);

/** The unused days of a term at an instant (a started day counts as used). */
export function unusedDays(term: { startsAt: string; endsAt: string }, nowMs: number) {
  const total = Math.round((Date.parse(term.endsAt) - Date.parse(term.startsAt)) / DAY_MS);
  const from = Math.max(nowMs, Date.parse(term.startsAt));
  const unused = Math.max(0, Math.floor((Date.parse(term.endsAt) - from) / DAY_MS));
  return { unused, total };
}

/** A full refund within 7 days of buying when no benefit was used; otherwise pro rata (a marketer's decision). */
export const withinCoolingOff = (boughtAt: string, nowMs: number) => nowMs - Date.parse(boughtAt) <= 7 * DAY_MS;
