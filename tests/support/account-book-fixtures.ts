/** Books, lots and stored state for the AccountBook unit tests: lots are named by their expiry, as stored. */
import {
  AccountBook,
  lotExpiry,
  lotIdFor,
  lotsOnSchedule,
  pointsByExpiryAfter,
  type Actor,
  type BookLot,
  type LedgerType,
  type PointsByExpiry,
  type Posting,
} from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

export { seededRandom as prng } from '../../infra/seed/seeded-random';

const SHANGHAI = 'Asia/Shanghai';
export const at = (iso: string) => Date.parse(iso);
export const utc = (iso: string) => new Date(Date.parse(iso)).toISOString();
export const system: Actor = { kind: 'system', id: 'test' };

export type ExpirySettings =
  | typeof demoProgram.expiry
  | { policy: 'days-after-earn'; days: number }
  | { policy: 'never' };

// Ends of calendar years in Beijing: 2027-01-01T00:00+08:00 and 2028-01-01T00:00+08:00.
export const END_2026 = '2027-01-01T00:00:00+08:00';
export const END_2027 = '2028-01-01T00:00:00+08:00';

/** The id of the lot of the points that expire at an instant (null: never). */
export const lotOf = (expiresAt: string | null) => lotIdFor(expiresAt === null ? null : utc(expiresAt));
export const E26 = lotOf(END_2026);
export const E27 = lotOf(END_2027);
export const NEVER = lotOf(null);

export const lot = (expiresAt: string | null, remaining: number): BookLot => ({
  lotId: lotOf(expiresAt),
  expiresAt: expiresAt === null ? null : utc(expiresAt),
  remaining,
});

/** A member's lots: 200 points expire at the end of 2026, 100 a year later, 100 never. */
export const sampleLots = () => [lot(END_2027, 100), lot(null, 100), lot(END_2026, 200)];

let ids = 0;
export function book(
  nowIso: string | number,
  lots: readonly BookLot[],
  snapshot?: { lotPoints: number; debt: number },
  expiry: ExpirySettings = demoProgram.expiry,
) {
  const nowMs = typeof nowIso === 'number' ? nowIso : at(nowIso);
  const lotPoints = lots.reduce((sum, one) => sum + one.remaining, 0);
  return new AccountBook(snapshot ?? { lotPoints, debt: 0 }, lots, {
    nowMs,
    by: system,
    newId: () => {
      ids += 1;
      return `id-${ids}`;
    },
    expiryFor: (earnedAtMs) => lotExpiry(earnedAtMs, expiry, SHANGHAI),
  });
}

export const move = (type: LedgerType, growth = 0, growthMonth: string | null = null) => ({
  type,
  reasonCode: type,
  reason: type,
  ref: { kind: 'test', id: type },
  growth,
  growthMonth,
});

/** The stored state of one member: the member item's totals and schedule, and every lot item ever written. */
export interface StoredAccount {
  lotPoints: number;
  debt: number;
  pointsByExpiry: PointsByExpiry;
  lots: Map<string, BookLot & { expired: boolean }>;
}

export const emptyAccount = (): StoredAccount => ({ lotPoints: 0, debt: 0, pointsByExpiry: {}, lots: new Map() });

/** A book opened the way the server opens one: the lots as the member item names them, nothing read. */
export const bookOn = (nowMs: number, stored: StoredAccount, expiry?: ExpirySettings) =>
  book(nowMs, lotsOnSchedule(stored), { lotPoints: stored.lotPoints, debt: stored.debt }, expiry);

/**
 * Writes a posting the way the adapter does, with its conditions: a new lot only where none is or it is empty, a
 * changed lot only at the points it was read with. Throws where DynamoDB would cancel the transaction.
 */
export function write(stored: StoredAccount, posting: Posting): StoredAccount {
  const lots = new Map([...stored.lots].map(([id, one]) => [id, { ...one }]));
  for (const created of posting.newLots) {
    const held = lots.get(created.lotId);
    if (held && held.remaining !== 0) throw new Error(`new lot ${created.lotId} holds ${held.remaining} points`);
    lots.set(created.lotId, { ...created, expired: false });
  }
  for (const update of posting.lotUpdates) {
    const held = lots.get(update.lotId);
    if (!held || held.remaining !== update.expected)
      throw new Error(`lot ${update.lotId}: ${held?.remaining} ≠ ${update.expected}`);
    held.remaining = update.remaining;
    if (update.expired) held.expired = true;
  }
  return {
    lots,
    lotPoints: posting.lotPoints,
    debt: posting.debt,
    pointsByExpiry: pointsByExpiryAfter(stored.pointsByExpiry, posting),
  };
}

/** Lots as plain stored values (what the lot items hold), to write postings onto in a test. */
export function storedWith(lots: readonly BookLot[], debt = 0): StoredAccount {
  let stored = emptyAccount();
  for (const one of lots) {
    stored.lots.set(one.lotId, { ...one, expired: false });
    if (one.expiresAt && one.remaining > 0) stored.pointsByExpiry[one.expiresAt] = one.remaining;
  }
  stored = { ...stored, lotPoints: lots.reduce((sum, one) => sum + one.remaining, 0), debt };
  return stored;
}
