import type { ErrorCode } from '../../errors';
import type { LevelSettings } from '../../program/settings';
import { rankOf } from '../levels/levels.rules';

/** The item terms a redemption is checked against. */
export interface MallTerms {
  points: number;
  stock: number | null;
  perMemberLimit: number | null;
  perOrderLimit: number | null;
  minLevel: string | null;
  saleFrom: string | null;
  saleUntil: string | null;
}

/** What the member brings: level, spendable points, debt, units of this item already redeemed. */
export interface RedeemerFacts {
  levelCode: string;
  spendable: number;
  debt: number;
  redeemed: number;
}

export type RedemptionRefusal = Extract<
  ErrorCode,
  | 'SALE_NOT_STARTED'
  | 'SALE_ENDED'
  | 'LEVEL_TOO_LOW'
  | 'STOCK_EXHAUSTED'
  | 'LIMIT_REACHED'
  | 'POINTS_IN_DEBT'
  | 'POINTS_INSUFFICIENT'
>;

/**
 * Why `quantity` units cannot be redeemed now, or null when they can. The order of the checks is the order a
 * member can do something about them: the window and level first (nothing to do), then stock and limits, then
 * points. The order transaction enforces stock, limit and points again inside the write.
 */
export function redemptionRefusal(
  item: MallTerms,
  member: RedeemerFacts,
  levels: readonly LevelSettings[],
  quantity: number,
  nowMs: number,
): RedemptionRefusal | null {
  if (item.saleFrom && nowMs < Date.parse(item.saleFrom)) return 'SALE_NOT_STARTED';
  if (item.saleUntil && nowMs >= Date.parse(item.saleUntil)) return 'SALE_ENDED';
  if (item.minLevel && rankOf(levels, member.levelCode) < rankOf(levels, item.minLevel)) return 'LEVEL_TOO_LOW';
  if (item.stock !== null && item.stock < quantity) return 'STOCK_EXHAUSTED';
  if (item.perOrderLimit !== null && quantity > item.perOrderLimit) return 'LIMIT_REACHED';
  if (item.perMemberLimit !== null && member.redeemed + quantity > item.perMemberLimit) return 'LIMIT_REACHED';
  if (member.debt > 0) return 'POINTS_IN_DEBT';
  if (member.spendable < item.points * quantity) return 'POINTS_INSUFFICIENT';
  return null;
}

/** Days a goods order waits for pickup before the `cancel-stale-orders` job cancels it. */
export const PICKUP_DAYS = 30;

export const pickupDeadline = (orderedAtMs: number) => new Date(orderedAtMs + PICKUP_DAYS * 86_400_000).toISOString();

/** An 8-digit pickup code from a random source (uniqueness is enforced by the store, which retries). */
export function pickupCodeFrom(random: () => number): string {
  return String(Math.floor(random() * 100_000_000)).padStart(8, '0');
}

export const isPickupCode = (code: string) => /^\d{8}$/.test(code);
