/** The shapes of a points account: ledger entries, lots, and the posting a change writes. */

export type LedgerType = 'earn' | 'spend' | 'refund' | 'reverse' | 'expire' | 'adjust' | 'bonus';

/** Who caused a change: a member, staff at a store, a marketer, or a system job. */
export interface Actor {
  kind: 'member' | 'staff' | 'marketer' | 'system';
  id: string;
  storeId?: string;
}

export interface LedgerRef {
  kind: string;
  id: string;
}

/**
 * A lot as the book needs it. Every point a member holds that expires at the same instant is in one lot, named by
 * that instant (`lotIdFor`), so the member item's schedule names the lots and what they hold.
 */
export interface BookLot {
  lotId: string;
  /** UTC ISO, or null when the program's points never expire. */
  expiresAt: string | null;
  remaining: number;
}

/** A lot as stored and shown: when its first points were earned, and by what. */
export interface ActiveLot extends BookLot {
  earnedAt: string;
  source: string;
}

export interface LedgerDraft {
  entryId: string;
  type: LedgerType;
  points: number;
  growth: number;
  /** The program-time month whose growth bucket this entry changes. */
  growthMonth: string | null;
  balanceAfter: number;
  reasonCode: string;
  reason: string;
  ref: LedgerRef | null;
  by: Actor;
  at: string;
  /** For credits: the lot they made, and when it expires. */
  lotId?: string;
  expiresAt?: string | null;
  /** For debits: the lots they took from (lotId → points), so a cancellation can put them back. */
  takes?: Record<string, number>;
  /** A reward that waits (待到账): what it will pay when released, and its state (the entry itself moves nothing). */
  pending?: { points: number; growth: number };
  status?: PendingStatus;
  releasesAt?: string;
}

export type PendingStatus = 'pending' | 'released' | 'cancelled';

export interface LotDraft {
  lotId: string;
  earnedAt: string;
  expiresAt: string | null;
  remaining: number;
  initial: number;
  source: string;
}

export interface LotUpdate {
  lotId: string;
  expiresAt: string | null;
  /** The remaining points read before the change: the write is conditional on them. */
  expected: number;
  remaining: number;
  expired: boolean;
}

export interface Posting {
  entries: LedgerDraft[];
  newLots: LotDraft[];
  lotUpdates: LotUpdate[];
  lotPoints: number;
  debt: number;
  growthByMonth: Record<string, number>;
}
