import { DomainError } from '../../errors';
import type {
  Actor,
  BookLot,
  LedgerDraft,
  LedgerRef,
  LedgerType,
  LotDraft,
  LotUpdate,
  Posting,
} from './account-book.types';
import { expiryOfLot, lotIdFor } from './expiry-schedule.rules';

export type * from './account-book.types';

interface Movement {
  type: LedgerType;
  reasonCode: string;
  reason: string;
  ref: LedgerRef | null;
  growth?: number;
  growthMonth?: string | null;
}

/**
 * The points account of one member, as pure arithmetic over a snapshot: lots with remaining points, the debt,
 * and ledger entries. Every operation records an entry whose balanceAfter follows from the ones before it, so
 * that balance = Σ remaining of unexpired lots − debt = Σ ledger entries holds after any sequence.
 * Use cases decide with it; the adapter writes its posting in one transaction.
 */
export class AccountBook {
  private readonly lots: BookLot[];
  private readonly original = new Map<string, number>();
  private readonly entries: LedgerDraft[] = [];
  private readonly newLots: LotDraft[] = [];
  private readonly expiredLots = new Set<string>();
  private readonly growthDelta: Record<string, number> = {};
  private lotPoints: number;
  private debt: number;

  constructor(
    snapshot: { lotPoints: number; debt: number },
    lots: readonly BookLot[],
    private readonly context: {
      nowMs: number;
      by: Actor;
      newId: () => string;
      expiryFor: (earnedAtMs: number) => number | null;
    },
  ) {
    this.lotPoints = snapshot.lotPoints;
    this.debt = snapshot.debt;
    this.lots = lots.map((lot) => ({ ...lot })).sort(byExpiry);
    for (const lot of this.lots) this.original.set(lot.lotId, lot.remaining);
  }

  get currentDebt(): number {
    return this.debt;
  }

  get balance(): number {
    return this.lotPoints - this.debt;
  }

  /** Points that can be spent now: unexpired lots only. */
  get spendable(): number {
    return this.usableLots().reduce((sum, lot) => sum + lot.remaining, 0);
  }

  /** Records the expiry of every lot whose time has come; a lot expires once, with its own entry. */
  expireDue(): this {
    for (const lot of this.lots) {
      if (lot.remaining <= 0 || lot.expiresAt === null || Date.parse(lot.expiresAt) > this.context.nowMs) continue;
      const points = lot.remaining;
      lot.remaining = 0;
      this.expiredLots.add(lot.lotId);
      this.lotPoints -= points;
      this.record(
        { type: 'expire', reasonCode: 'points-expired', reason: '积分到期', ref: { kind: 'lot', id: lot.lotId } },
        -points,
        { expiresAt: lot.expiresAt },
      );
    }
    return this;
  }

  /**
   * Adds points (and growth): debt is paid off first, the rest joins the lot of the points that expire at the same
   * instant (made when there is none). Returns the lot's id.
   */
  credit(points: number, movement: Movement): string | null {
    if (points < 0) throw new Error('credit takes a non-negative amount');
    const debtPaid = Math.min(this.debt, points);
    this.debt -= debtPaid;
    const lotPoints = points - debtPaid;
    let lotId: string | null = null;
    let expiresAt: string | null = null;
    if (lotPoints > 0) {
      const expiry = this.context.expiryFor(this.context.nowMs);
      expiresAt = expiry === null ? null : new Date(expiry).toISOString();
      lotId = lotIdFor(expiresAt);
      const held = this.lots.find((lot) => lot.lotId === lotId);
      if (held) {
        held.remaining += lotPoints;
        const drafted = this.newLots.find((draft) => draft.lotId === lotId);
        if (drafted) drafted.initial += lotPoints;
      } else {
        this.addLot({ lotId, expiresAt, remaining: lotPoints }, 0);
        const source = movement.ref ? `${movement.ref.kind}:${movement.ref.id}` : movement.reasonCode;
        this.newLots.push({
          lotId,
          earnedAt: this.nowIso,
          expiresAt,
          remaining: lotPoints,
          initial: lotPoints,
          source,
        });
      }
      this.lotPoints += lotPoints;
    }
    this.record(movement, points, lotId ? { lotId, expiresAt } : {});
    return lotId;
  }

  /**
   * Records a reward that waits for the refund window (product.md "待到账"): an entry that moves no points now (the
   * balance never counts pending points) but says what will arrive and when. `movement.growth` is growth that counts
   * at once (a purchase's own growth); `pending.growth` waits with the points. The release is a credit of its own.
   */
  announce(pending: { points: number; growth: number; releasesAt: string }, movement: Movement): LedgerDraft {
    if (pending.points < 0 || pending.growth < 0) throw new Error('a pending reward is not negative');
    this.record(movement, 0, {
      pending: { points: pending.points, growth: pending.growth },
      status: 'pending',
      releasesAt: pending.releasesAt,
    });
    return this.entries[this.entries.length - 1]!;
  }

  /**
   * Takes points from the lots that expire first (a preferred lot first, e.g. the purchase's own lot on a
   * refund). What the lots cannot cover becomes debt when allowed, else the whole debit is refused.
   */
  debit(
    points: number,
    movement: Movement,
    options: { allowDebt: boolean; preferLotId?: string | null },
  ): { takes: Record<string, number>; debtCreated: number } {
    if (points < 0) throw new Error('debit takes a non-negative amount');
    if (!options.allowDebt && this.debt > 0)
      throw new DomainError('POINTS_IN_DEBT', undefined, { debt: this.debt, required: points });
    if (!options.allowDebt && points > this.spendable)
      throw new DomainError('POINTS_INSUFFICIENT', undefined, { balance: this.spendable, required: points });
    const takes: Record<string, number> = {};
    let left = points;
    const ordered = this.usableLots();
    const preferred = ordered.findIndex((lot) => lot.lotId === options.preferLotId);
    if (preferred > 0) ordered.unshift(...ordered.splice(preferred, 1));
    for (const lot of ordered) {
      if (left === 0) break;
      const take = Math.min(lot.remaining, left);
      lot.remaining -= take;
      takes[lot.lotId] = take;
      left -= take;
    }
    this.lotPoints -= points - left;
    this.debt += left;
    this.record(movement, -points, { takes });
    return { takes, debtCreated: left };
  }

  /**
   * Puts points back into the lots they were taken from (a lot's id names its expiry, so an emptied one is known
   * without reading it). Points whose lot has expired meanwhile expire at once (their own entry follows), so a
   * cancellation never turns expiring points into fresh ones; what stays spendable pays any debt first.
   */
  restore(takes: Readonly<Record<string, number>>, movement: Movement): void {
    let total = 0;
    for (const [lotId, points] of Object.entries(takes)) {
      const lot =
        this.lots.find((candidate) => candidate.lotId === lotId) ??
        this.addLot({ lotId, expiresAt: expiryOfLot(lotId), remaining: 0 }, 0);
      lot.remaining += points;
      total += points;
    }
    this.lotPoints += total;
    this.record(movement, total, {});
    this.expireDue();
    this.settleDebtFromLots();
  }

  /** Moves spendable lot points onto the debt; the balance does not change, so no entry is written. */
  private settleDebtFromLots(): void {
    for (const lot of this.usableLots()) {
      if (this.debt === 0) return;
      const take = Math.min(lot.remaining, this.debt);
      lot.remaining -= take;
      this.lotPoints -= take;
      this.debt -= take;
    }
  }

  /** What to write: the entries, the new lots, the changed lots (with the values they were read at), the totals. */
  posting(): Posting {
    const lotUpdates: LotUpdate[] = [];
    const created = new Set(this.newLots.map((lot) => lot.lotId));
    for (const lot of this.lots) {
      if (created.has(lot.lotId)) {
        const draft = this.newLots.find((candidate) => candidate.lotId === lot.lotId)!;
        draft.remaining = lot.remaining;
        continue;
      }
      const expected = this.original.get(lot.lotId)!;
      if (expected !== lot.remaining || this.expiredLots.has(lot.lotId)) {
        lotUpdates.push({
          lotId: lot.lotId,
          expiresAt: lot.expiresAt,
          expected,
          remaining: lot.remaining,
          expired: this.expiredLots.has(lot.lotId),
        });
      }
    }
    return {
      entries: this.entries,
      newLots: this.newLots,
      lotUpdates,
      lotPoints: this.lotPoints,
      debt: this.debt,
      growthByMonth: { ...this.growthDelta },
    };
  }

  private get nowIso(): string {
    return new Date(this.context.nowMs).toISOString();
  }

  /** A lot the book did not start with: a new one, or an emptied one that points go back into. */
  private addLot(lot: BookLot, held: number): BookLot {
    this.lots.push(lot);
    this.lots.sort(byExpiry);
    this.original.set(lot.lotId, held);
    return lot;
  }

  private usableLots(): BookLot[] {
    return this.lots.filter(
      (lot) => lot.remaining > 0 && (lot.expiresAt === null || Date.parse(lot.expiresAt) > this.context.nowMs),
    );
  }

  private record(
    movement: Movement,
    points: number,
    extra: Pick<LedgerDraft, 'lotId' | 'expiresAt' | 'takes' | 'pending' | 'status' | 'releasesAt'>,
  ): void {
    const growth = movement.growth ?? 0;
    const growthMonth = growth !== 0 ? (movement.growthMonth ?? null) : null;
    if (growth !== 0) {
      if (!growthMonth) throw new Error('a growth change needs its month');
      this.growthDelta[growthMonth] = (this.growthDelta[growthMonth] ?? 0) + growth;
    }
    this.entries.push({
      entryId: this.context.newId(),
      type: movement.type,
      points,
      growth,
      growthMonth,
      balanceAfter: this.balance,
      reasonCode: movement.reasonCode,
      reason: movement.reason,
      ref: movement.ref,
      by: this.context.by,
      at: this.nowIso,
      ...extra,
    });
  }
}

/** Soonest expiry first, points that never expire last (one lot per instant, so there are no ties). */
function byExpiry(a: BookLot, b: BookLot): number {
  const ea = a.expiresAt ?? '9999';
  const eb = b.expiresAt ?? '9999';
  return ea < eb ? -1 : ea > eb ? 1 : 0;
}
