import type { AppDeps } from '../composition';
import { settleReferral } from '../features/engagement/settle-referral';
import { logger, describeError } from '../http/logger';

/**
 * Catches up referral rewards whose follow-up did not run after the first purchase (a crash between the two).
 * Settling is idempotent, so running this beside the follow-ups is safe.
 */
export async function referralRewards(nowMs: number, deps: AppDeps): Promise<{ settled: number; capped: number }> {
  let settled = 0;
  let capped = 0;
  for (;;) {
    const pending = await deps.engagement.pendingReferrals(100);
    if (pending.length === 0) break;
    for (const referral of pending) {
      try {
        const outcome = await settleReferral(referral.referrerId, referral.inviteeId, nowMs, deps);
        if (outcome === 'rewarded') settled++;
        if (outcome === 'capped') capped++;
      } catch (error) {
        logger.error('referral settlement failed', { referral, error: describeError(error) });
        return { settled, capped };
      }
    }
  }
  return { settled, capped };
}
