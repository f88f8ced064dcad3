import type { Posting } from './account-book';

/**
 * The member's points by expiry instant (UTC ISO → Σ remaining of the lots that expire then), kept on the member
 * item beside `lotPoints`. Lots expire at a program-time midnight, so there is at most one entry per day. With it the
 * card, `/v1/me`, the counter's scan and a purchase's answer know the points and the next expiry without querying
 * the lots: the lots are read only where points are taken from them.
 */
export type PointsByExpiry = Record<string, number>;

/** The schedule after a posting: new lots add their points, lot updates their change; emptied instants go. */
export function pointsByExpiryAfter(before: PointsByExpiry, posting: Pick<Posting, 'newLots' | 'lotUpdates'>) {
  const after: PointsByExpiry = { ...before };
  const add = (expiresAt: string | null, points: number) => {
    if (expiresAt === null || points === 0) return;
    const total = (after[expiresAt] ?? 0) + points;
    if (total > 0) after[expiresAt] = total;
    else delete after[expiresAt];
  };
  for (const lot of posting.newLots) add(lot.expiresAt, lot.remaining);
  for (const lot of posting.lotUpdates) add(lot.expiresAt, lot.remaining - lot.expected);
  return after;
}

/** The schedule as the lots a view needs (what remains, and when it expires). */
export const scheduledLots = (schedule: PointsByExpiry) =>
  Object.entries(schedule).map(([expiresAt, remaining]) => ({ expiresAt, remaining }));
