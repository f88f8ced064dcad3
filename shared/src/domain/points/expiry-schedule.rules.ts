import type { BookLot, Posting } from './account-book.types';

/**
 * The member's points by expiry instant (UTC ISO → Σ remaining of the lots that expire then), kept on the member
 * item beside `lotPoints`. Lots expire at a program-time midnight, so there is at most one entry per day. With it the
 * card, `/v1/me`, the counter's scan and a purchase's answer know the points and the next expiry without querying
 * the lots — and, since a lot holds every point that expires at one instant (`lotIdFor`), so do the writes that take
 * points from them.
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

/** Points that never expire (a program without expiry) sit in one lot of their own. */
const NEVER_EXPIRES = 'never';

/**
 * Every point a member holds that expires at the same instant is in one lot, named by that instant. So the schedule
 * names each lot with points left and what it holds, and the writes that take points, or put them back, need no read.
 */
export const lotIdFor = (expiresAt: string | null): string => expiresAt ?? NEVER_EXPIRES;

export const expiryOfLot = (lotId: string): string | null => (lotId === NEVER_EXPIRES ? null : lotId);

/**
 * The lots with points left, soonest expiry first, as the member item states them: one per instant of the schedule, and the points that
 * never expire (the rest of `lotPoints`). Lots past their instant are there until the expiry is recorded.
 */
export function lotsOnSchedule(member: { lotPoints: number; pointsByExpiry: PointsByExpiry }): BookLot[] {
  const lots: BookLot[] = scheduledLots(member.pointsByExpiry)
    .sort((a, b) => (a.expiresAt < b.expiresAt ? -1 : 1))
    .map(({ expiresAt, remaining }) => ({ lotId: lotIdFor(expiresAt), expiresAt, remaining }));
  const neverExpiring = member.lotPoints - lots.reduce((sum, lot) => sum + lot.remaining, 0);
  if (neverExpiring > 0) lots.push({ lotId: NEVER_EXPIRES, expiresAt: null, remaining: neverExpiring });
  return lots;
}
