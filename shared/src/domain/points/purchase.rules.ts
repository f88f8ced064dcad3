import type { ProgramSettings } from '../../program/settings';
import { levelByCode, qualifyingGrowth } from '../levels/levels.rules';
import { upgradeTarget } from '../levels/level-changes.rules';
import type { LevelSettings } from '../../program/settings';
import { monthOf } from '../time/program-time';
import { couponDiscount, type CouponTerms } from '../coupons/coupons.rules';
import { counterBenefits, type HeldPlan } from '../plans/plan-benefits.rules';
import {
  levelPricing,
  promotionEffect,
  purchaseGrowth,
  purchasePoints,
  type Promotion,
  type SkuLine,
} from './earning.rules';

export interface PurchaseQuote {
  amountFen: number;
  levelDiscountFen: number;
  /** The paid plan's discount: exactly one of it and levelDiscountFen is non-zero (the better one). */
  planDiscountFen: number;
  couponDiscountFen: number;
  payableFen: number;
  points: number;
  growth: number;
  growthMonth: string;
  promotion: { promotionId: string; name: string; multiplier: number } | null;
  /** The level this purchase lifts the member to at once, if any. */
  upgradeTo: LevelSettings | null;
  /** Whether the purchase earns a stamp on the stamp card (paid at least the card's minimum). */
  stamp: boolean;
}

/**
 * What a purchase at the counter costs and earns, by the level held *before* it: level discount, then the
 * coupon's discount on what is left, points
 * (level multiplier × the best promotion + SKU bonuses, capped), growth, and whether it upgrades the member.
 */
export function quotePurchase(input: {
  settings: ProgramSettings;
  member: { levelCode: string; growthByMonth: Readonly<Record<string, number>>; paidPlan?: HeldPlan | null };
  amountFen: number;
  items: readonly SkuLine[];
  promotions: readonly Promotion[];
  storeId: string;
  nowMs: number;
  /** The coupon used, if any: its discount applies to the amount after the level discount. */
  coupon?: CouponTerms | null;
  /** The part of the payable that is not money (wallet bonus, points as cash): it earns no points or growth. */
  unearnedFen?: number;
}): PurchaseQuote {
  const { settings, member } = input;
  const level = levelByCode(settings.levels, member.levelCode);
  const benefits = counterBenefits(level, member.paidPlan, input.nowMs);
  const { levelDiscountFen: discountFen, payableFen: afterLevelFen } = levelPricing(
    input.amountFen,
    benefits.discountPercent,
  );
  const levelDiscountFen = benefits.discountFrom === 'level' ? discountFen : 0;
  const planDiscountFen = benefits.discountFrom === 'plan' ? discountFen : 0;
  const couponDiscountFen = input.coupon ? couponDiscount(input.coupon, afterLevelFen) : 0;
  const payableFen = afterLevelFen - couponDiscountFen;
  const context = { nowMs: input.nowMs, timeZone: settings.timezone, storeId: input.storeId, levelCode: level.code };
  const effect = promotionEffect(input.promotions, context, input.items);
  const earningFen = Math.max(0, payableFen - (input.unearnedFen ?? 0));
  const points = purchasePoints({
    payableFen: earningFen,
    earning: settings.earning,
    levelMultiplier: benefits.multiplier,
    promoMultiplier: effect.multiplier,
    skuBonus: effect.skuBonus,
  });
  const growth = purchaseGrowth(earningFen, settings.earning);
  const growthMonth = monthOf(input.nowMs, settings.timezone);
  const qualifyingAfter = qualifyingGrowth(
    { ...member.growthByMonth, [growthMonth]: (member.growthByMonth[growthMonth] ?? 0) + growth },
    growthMonth,
  );
  const best = effect.multiplierPromotionId
    ? input.promotions.find((promotion) => promotion.promotionId === effect.multiplierPromotionId)!
    : null;
  return {
    amountFen: input.amountFen,
    levelDiscountFen,
    planDiscountFen,
    couponDiscountFen,
    payableFen,
    points,
    growth,
    growthMonth,
    promotion: best ? { promotionId: best.promotionId, name: best.name, multiplier: effect.multiplier } : null,
    upgradeTo: upgradeTarget(settings.levels, level.code, qualifyingAfter),
    stamp: payableFen > 0 && payableFen >= settings.stampCard.minSpendFen,
  };
}

/** One stamp per qualifying purchase; the card's last stamp completes it (it starts again at 0) and earns its coupon. */
export function stampCardAfter(
  stamps: number,
  stamp: boolean,
  settings: Pick<ProgramSettings, 'stampCard'>,
): { count: number; completed: boolean } {
  if (!stamp) return { count: stamps, completed: false };
  const count = stamps + 1;
  return count >= settings.stampCard.stampsPerCard ? { count: 0, completed: true } : { count, completed: false };
}
