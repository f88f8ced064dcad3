import { DomainError } from '../../errors';
import type { Actor, LedgerRef } from '../points/account-book';

export type WalletEntryType = 'topup' | 'pay' | 'refund' | 'topup_refund';

/** A wallet lot: what is left of one top-up, principal (本金, money paid) and bonus (赠送金). */
export interface WalletLot {
  lotId: string;
  principalFen: number;
  bonusFen: number;
  /** When the top-up was credited: lots are spent oldest first. */
  at: string;
  source: string;
}

/** Fen taken from (or put back into) one lot. */
export interface LotShare {
  principalFen: number;
  bonusFen: number;
}

export type WalletTakes = Record<string, LotShare>;

export interface WalletEntryDraft {
  entryId: string;
  type: WalletEntryType;
  /** Signed: positive into the wallet, negative out of it. */
  principalFen: number;
  bonusFen: number;
  balanceAfterFen: number;
  ref: LedgerRef;
  by: Actor;
  at: string;
  takes?: WalletTakes;
  lotId?: string;
}

export interface WalletLotUpdate {
  lotId: string;
  /** What the lot held when read: the write is conditional on it. */
  expected: LotShare;
  principalFen: number;
  bonusFen: number;
}

/**
 * The wallet lots with money left, by id: kept on the member item, so a payment or a top-up opens its book without
 * reading the lots (issue 20). Whole when it adds up to the member's wallet totals (`heldWalletLots`).
 */
export type HeldWalletLots = Record<string, Omit<WalletLot, 'lotId'>>;

export interface WalletPosting {
  entries: WalletEntryDraft[];
  newLots: WalletLot[];
  lotUpdates: WalletLotUpdate[];
  principalFen: number;
  bonusFen: number;
  /** Every lot with money left after the posting (the book holds them all: it is opened on every such lot). */
  held: HeldWalletLots;
}

/**
 * The wallet of one member as pure arithmetic over its lots, in the points book's style: each movement records an
 * entry whose balanceAfterFen follows from the ones before, so Σ lots = balance = Σ entries after any sequence, and
 * the balance can never go below zero. Use cases decide with it; the adapter writes its posting in one transaction.
 */
export class WalletBook {
  private readonly lots: WalletLot[];
  private readonly original = new Map<string, LotShare>();
  private readonly entries: WalletEntryDraft[] = [];
  private readonly newLots = new Set<string>();

  constructor(
    lots: readonly WalletLot[],
    private readonly context: { nowMs: number; by: Actor; newId: () => string },
  ) {
    this.lots = lots.map((lot) => ({ ...lot })).sort(oldestFirst);
    for (const lot of this.lots)
      this.original.set(lot.lotId, { principalFen: lot.principalFen, bonusFen: lot.bonusFen });
  }

  get principalFen(): number {
    return this.lots.reduce((sum, lot) => sum + lot.principalFen, 0);
  }

  get bonusFen(): number {
    return this.lots.reduce((sum, lot) => sum + lot.bonusFen, 0);
  }

  get balanceFen(): number {
    return this.principalFen + this.bonusFen;
  }

  /** A paid top-up: a new lot of principal and bonus. Returns its id. */
  topUp(principalFen: number, bonusFen: number, ref: LedgerRef): string {
    if (principalFen <= 0 || bonusFen < 0) throw new Error('a top-up pays something and gives nothing negative');
    const lotId = this.context.newId();
    this.lots.push({ lotId, principalFen, bonusFen, at: this.nowIso, source: `${ref.kind}:${ref.id}` });
    this.newLots.add(lotId);
    this.record('topup', { principalFen, bonusFen }, ref, { lotId });
    return lotId;
  }

  /**
   * Pays walletFen from the lots oldest first; inside a lot principal and bonus in proportion
   * (bonus = floor(take × lot.bonus / lot.total), the rest principal). More than the balance → WALLET_INSUFFICIENT.
   */
  pay(walletFen: number, ref: LedgerRef): { takes: WalletTakes; principalFen: number; bonusFen: number } {
    if (!Number.isInteger(walletFen) || walletFen <= 0) throw new Error('a wallet payment is a positive number of fen');
    if (walletFen > this.balanceFen)
      throw new DomainError('WALLET_INSUFFICIENT', undefined, { balanceFen: this.balanceFen, requiredFen: walletFen });
    const takes: WalletTakes = {};
    let left = walletFen;
    for (const lot of this.lots) {
      if (left === 0) break;
      const total = lot.principalFen + lot.bonusFen;
      if (total === 0) continue;
      const take = Math.min(total, left);
      const bonusFen = Math.floor((take * lot.bonusFen) / total);
      const share = { principalFen: take - bonusFen, bonusFen };
      lot.principalFen -= share.principalFen;
      lot.bonusFen -= share.bonusFen;
      takes[lot.lotId] = share;
      left -= take;
    }
    const sum = sumOf(takes);
    this.record('pay', { principalFen: -sum.principalFen, bonusFen: -sum.bonusFen }, ref, { takes });
    return { takes, ...sum };
  }

  /** Puts fen back into the lots they were taken from (a purchase's refund); lots are found among `known`. */
  restore(shares: WalletTakes, known: readonly WalletLot[], ref: LedgerRef): LotShare {
    for (const [lotId, share] of Object.entries(shares)) {
      const lot = this.lot(lotId, known);
      lot.principalFen += share.principalFen;
      lot.bonusFen += share.bonusFen;
    }
    const sum = sumOf(shares);
    if (sum.principalFen + sum.bonusFen > 0) this.record('refund', sum, ref, { takes: shares });
    return sum;
  }

  /** A top-up's refund: its lot's remaining principal leaves (through the original channel), the bonus is forfeited. */
  refundLot(lotId: string, known: readonly WalletLot[], ref: LedgerRef): LotShare {
    const lot = this.lot(lotId, known);
    const share = { principalFen: lot.principalFen, bonusFen: lot.bonusFen };
    lot.principalFen = 0;
    lot.bonusFen = 0;
    this.record('topup_refund', { principalFen: -share.principalFen, bonusFen: -share.bonusFen }, ref, { lotId });
    return share;
  }

  posting(): WalletPosting {
    const lotUpdates: WalletLotUpdate[] = [];
    const newLots: WalletLot[] = [];
    for (const lot of this.lots) {
      if (this.newLots.has(lot.lotId)) {
        newLots.push({ ...lot });
        continue;
      }
      const expected = this.original.get(lot.lotId)!;
      if (expected.principalFen !== lot.principalFen || expected.bonusFen !== lot.bonusFen)
        lotUpdates.push({ lotId: lot.lotId, expected, principalFen: lot.principalFen, bonusFen: lot.bonusFen });
    }
    const held: HeldWalletLots = {};
    for (const { lotId, ...lot } of this.lots) if (lot.principalFen + lot.bonusFen > 0) held[lotId] = lot;
    return {
      entries: this.entries,
      newLots,
      lotUpdates,
      principalFen: this.principalFen,
      bonusFen: this.bonusFen,
      held,
    };
  }

  private lot(lotId: string, known: readonly WalletLot[]): WalletLot {
    let lot = this.lots.find((candidate) => candidate.lotId === lotId);
    if (!lot) {
      const found = known.find((candidate) => candidate.lotId === lotId);
      if (!found) throw new Error(`wallet lot ${lotId} is unknown`);
      lot = { ...found };
      this.lots.push(lot);
      this.lots.sort(oldestFirst);
      this.original.set(lot.lotId, { principalFen: lot.principalFen, bonusFen: lot.bonusFen });
    }
    return lot;
  }

  private get nowIso(): string {
    return new Date(this.context.nowMs).toISOString();
  }

  private record(
    type: WalletEntryType,
    change: LotShare,
    ref: LedgerRef,
    extra: Pick<WalletEntryDraft, 'takes' | 'lotId'>,
  ): void {
    this.entries.push({
      entryId: this.context.newId(),
      type,
      principalFen: change.principalFen,
      bonusFen: change.bonusFen,
      balanceAfterFen: this.balanceFen,
      ref,
      by: this.context.by,
      at: this.nowIso,
      ...extra,
    });
  }
}

export function sumOf(shares: WalletTakes): LotShare {
  let principalFen = 0;
  let bonusFen = 0;
  for (const share of Object.values(shares)) {
    principalFen += share.principalFen;
    bonusFen += share.bonusFen;
  }
  return { principalFen, bonusFen };
}

function oldestFirst(a: WalletLot, b: WalletLot): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0;
}

/**
 * The wallet lots with money left as the member item names them, or null where that is not whole (a member whose
 * wallet predates it): then the lots are read.
 */
export function heldWalletLots(member: {
  walletPrincipalFen: number;
  walletBonusFen: number;
  walletLots: HeldWalletLots;
}): WalletLot[] | null {
  const sum = sumOf(member.walletLots);
  if (sum.principalFen !== member.walletPrincipalFen || sum.bonusFen !== member.walletBonusFen) return null;
  return Object.entries(member.walletLots).map(([lotId, lot]) => ({ lotId, ...lot }));
}
