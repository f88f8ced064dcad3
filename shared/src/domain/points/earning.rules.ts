import type { ProgramSettings } from '../../program/settings';
import { weekdayOf } from '../time/calendar';
import { businessDateOf, zonedParts } from '../time/program-time';

/** A points promotion as marketers define it (api.md `POST /v1/admin/promotions`). */
export interface Promotion {
  promotionId: string;
  name: string;
  multiplier: number | null;
  skuBonus: Record<string, number> | null;
  startsAt: string;
  endsAt: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday, in program time. */
  weekdays: number[] | null;
  /** Hours of the day in program time, [from, to): [14, 17] is 14:00–16:59. */
  hours: [number, number] | null;
  storeIds: string[] | null;
  levels: string[] | null;
}

export interface PurchaseContext {
  nowMs: number;
  timeZone: string;
  storeId: string;
  levelCode: string;
}

export interface SkuLine {
  sku: string;
  quantity: number;
  unitPriceFen: number;
}

export function promotionApplies(promotion: Promotion, context: PurchaseContext): boolean {
  if (context.nowMs < Date.parse(promotion.startsAt) || context.nowMs >= Date.parse(promotion.endsAt)) return false;
  if (promotion.storeIds && !promotion.storeIds.includes(context.storeId)) return false;
  if (promotion.levels && !promotion.levels.includes(context.levelCode)) return false;
  if (promotion.weekdays && !promotion.weekdays.includes(weekdayOf(businessDateOf(context.nowMs, context.timeZone))))
    return false;
  if (promotion.hours) {
    const hour = zonedParts(context.nowMs, context.timeZone).hour;
    if (hour < promotion.hours[0] || hour >= promotion.hours[1]) return false;
  }
  return true;
}

/**
 * At most one multiplier applies: the highest of the matching promotions. SKU bonuses are per unit; when two
 * matching promotions name the same SKU, the larger bonus counts (never both).
 */
export function promotionEffect(promotions: readonly Promotion[], context: PurchaseContext, lines: readonly SkuLine[]) {
  const matching = promotions.filter((promotion) => promotionApplies(promotion, context));
  let best: Promotion | null = null;
  for (const promotion of matching) {
    if (promotion.multiplier && promotion.multiplier > (best?.multiplier ?? 1)) best = promotion;
  }
  let skuBonus = 0;
  for (const line of lines) {
    const perUnit = Math.max(0, ...matching.map((promotion) => promotion.skuBonus?.[line.sku] ?? 0));
    skuBonus += perUnit * line.quantity;
  }
  return { multiplier: best?.multiplier ?? 1, multiplierPromotionId: best?.promotionId ?? null, skuBonus };
}

/** Level discount at the counter: `discountPercent` is the share paid (90 = 9折); the discount is floored. */
export function levelPricing(amountFen: number, discountPercent: number) {
  const levelDiscountFen = Math.floor((amountFen * (100 - discountPercent)) / 100);
  return { levelDiscountFen, payableFen: amountFen - levelDiscountFen };
}

const SCALE = 10_000n;
const scaled = (factor: number) => BigInt(Math.round(factor * Number(SCALE)));

/**
 * `floor(paidFen / 100 × rate × levelMultiplier × promoMultiplier) + SKU bonus`, capped per purchase.
 * Computed in exact integers: 500 yuan × 1.2 is 600 points, never 599 through a binary fraction.
 */
export function purchasePoints(input: {
  payableFen: number;
  earning: Pick<ProgramSettings['earning'], 'pointsPerYuan' | 'maxPointsPerPurchase'>;
  levelMultiplier: number;
  promoMultiplier: number;
  skuBonus: number;
}): number {
  const numerator =
    BigInt(input.payableFen) *
    scaled(input.earning.pointsPerYuan) *
    scaled(input.levelMultiplier) *
    scaled(input.promoMultiplier);
  const base = Number(numerator / (100n * SCALE * SCALE * SCALE));
  return Math.min(input.earning.maxPointsPerPurchase, base + input.skuBonus);
}

export function purchaseGrowth(payableFen: number, earning: Pick<ProgramSettings['earning'], 'growthPerYuan'>): number {
  return Number((BigInt(payableFen) * scaled(earning.growthPerYuan)) / (100n * SCALE));
}

/**
 * Points and growth a refund takes back: in proportion to the refunded amount, floored; the refund that
 * completes the purchase takes exactly what remains, so the totals never exceed what was earned.
 */
export function refundReversal(input: {
  paidFen: number;
  refundedBeforeFen: number;
  refundFen: number;
  earned: number;
  reversedBefore: number;
}): number {
  const remaining = input.earned - input.reversedBefore;
  if (input.refundedBeforeFen + input.refundFen >= input.paidFen) return remaining;
  return Math.min(remaining, Math.floor((input.earned * input.refundFen) / input.paidFen));
}
