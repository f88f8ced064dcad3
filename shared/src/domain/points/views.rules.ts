import type { ActiveLot } from './account-book';

const EXPIRY_NOTICE_MS = 90 * 86_400_000;

/**
 * What the member sees, whether or not the expiry job has run yet: lots past their expiry count for nothing,
 * and the soonest expiry within 90 days is announced ("N 积分将于 DATE 过期").
 */
export function pointsView(
  stored: { lotPoints: number; debt: number },
  activeLots: readonly Pick<ActiveLot, 'remaining' | 'expiresAt'>[],
  nowMs: number,
) {
  let expiredUnprocessed = 0;
  let next: { points: number; at: string } | null = null;
  for (const lot of activeLots) {
    if (lot.remaining <= 0 || lot.expiresAt === null) continue;
    const expiresAtMs = Date.parse(lot.expiresAt);
    if (expiresAtMs <= nowMs) {
      expiredUnprocessed += lot.remaining;
    } else if (expiresAtMs - nowMs <= EXPIRY_NOTICE_MS) {
      if (!next || lot.expiresAt < next.at) next = { points: lot.remaining, at: lot.expiresAt };
      else if (lot.expiresAt === next.at) next.points += lot.remaining;
    }
  }
  // What can be spent, never below 0: a debt is shown beside it on its own (issue 18), never as a negative balance.
  return {
    balance: Math.max(0, stored.lotPoints - expiredUnprocessed - stored.debt),
    debt: stored.debt,
    expiring: next,
  };
}
