import type { ProgramSettings } from '../../program/settings';

/**
 * Rewards that wait for the refund window (product.md "待到账"). A purchase's own points wait `earning.pendingDays`
 * (0 = they never wait); what the purchase causes beyond them — the tasks it completes (首次消费), the referral
 * rewards of both levels — waits `refundWindowDays`. While waiting they count toward nothing.
 */
export type PendingKind = 'purchase' | 'task' | 'referral' | 'referral-second-level';

const DAY_MS = 86_400_000;

/** When a reward caused by a purchase made at `purchaseAtMs` arrives. */
export function releaseTime(kind: PendingKind, purchaseAtMs: number, settings: ProgramSettings): number {
  const days = kind === 'purchase' ? settings.earning.pendingDays : settings.refundWindowDays;
  return purchaseAtMs + days * DAY_MS;
}

/** The referral rewards are paid only for a first purchase that paid at least `referral.minPaidFen`. */
export const referralQualifies = (payableFen: number, settings: ProgramSettings) =>
  payableFen >= settings.referral.minPaidFen;

/**
 * What a reward needs to remain paid on its purchase to survive a refund inside its window: the referral rewards
 * their own minimum; a task only that something is still paid (a full refund always cancels).
 */
export function minimumPaidFor(kind: PendingKind, settings: ProgramSettings): number {
  return kind === 'referral' || kind === 'referral-second-level' ? Math.max(1, settings.referral.minPaidFen) : 1;
}

export type RefundEffect = { kind: 'keep' } | { kind: 'cancel' } | { kind: 'reduce'; points: number };

/**
 * What a refund does to a reward still pending. The purchase's own points go down by what the refund reverses
 * (all of them on a full refund), whenever it happens. A caused reward is untouched once its window has passed
 * (even if the job has not released it yet); inside the window it is cancelled when what remains paid falls
 * below its minimum, else kept whole.
 */
export function refundEffect(
  reward: { kind: PendingKind; points: number; minPaidFen: number; releasesAtMs: number },
  refund: { atMs: number; remainingPaidFen: number; pointsReversed: number },
): RefundEffect {
  if (reward.kind === 'purchase') {
    const left = reward.points - refund.pointsReversed;
    if (refund.remainingPaidFen <= 0 || left <= 0) return { kind: 'cancel' };
    return left === reward.points ? { kind: 'keep' } : { kind: 'reduce', points: left };
  }
  if (refund.atMs >= reward.releasesAtMs) return { kind: 'keep' };
  return refund.remainingPaidFen < reward.minPaidFen ? { kind: 'cancel' } : { kind: 'keep' };
}
