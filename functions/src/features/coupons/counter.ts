import {
  couponRefusal,
  couponRefusalText,
  DomainError,
  quotePurchase,
  type ProgramSettings,
  type Promotion,
  type PurchaseQuote,
  type SkuLine,
} from '@app/shared';
import type { CouponRecord, MemberRecord, PurchaseRecord, TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/** Of the member's coupons, those that could be used at this store now (before the minimum spend is known). */
export function usableCoupons(
  coupons: readonly CouponRecord[],
  memberId: string,
  storeId: string,
  nowMs: number,
): CouponRecord[] {
  return coupons
    .filter(
      (coupon) =>
        couponRefusal(coupon, { memberId, storeId, amountAfterLevelFen: Number.MAX_SAFE_INTEGER, nowMs }) === null,
    )
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil));
}

/** At most one coupon per purchase (product.md); more is refused before anything is read. */
export const MAX_COUPONS_PER_PURCHASE = 1;

/**
 * The coupon a purchase wants to use, read and checked for this member, store and amount after the level discount;
 * a refusal is COUPON_NOT_USABLE with the reason (e.g. BELOW_MIN_SPEND) and writes nothing.
 */
export async function couponForPurchase(
  couponIds: readonly string[] | undefined,
  memberId: string,
  deps: Pick<AppDeps, 'coupons'>,
): Promise<CouponRecord | null> {
  if (!couponIds?.length) return null;
  if (couponIds.length > MAX_COUPONS_PER_PURCHASE)
    throw new DomainError('COUPON_NOT_USABLE', '每笔消费限用一张优惠券', {
      reason: 'TOO_MANY',
      max: MAX_COUPONS_PER_PURCHASE,
    });
  // Someone else's coupon reads as missing: a coupon is bound to its member.
  const coupon = await deps.coupons.coupon(memberId, couponIds[0]!, true);
  if (!coupon)
    throw new DomainError('COUPON_NOT_USABLE', couponRefusalText.NOT_YOURS, {
      reason: 'NOT_YOURS',
      couponId: couponIds[0],
    });
  return coupon;
}

export function refuseUnusable(
  coupon: CouponRecord,
  use: { memberId: string; storeId: string; amountAfterLevelFen: number; nowMs: number },
): void {
  const refusal = couponRefusal(coupon, use);
  if (refusal)
    throw new DomainError('COUPON_NOT_USABLE', couponRefusalText[refusal], {
      reason: refusal,
      couponId: coupon.couponId,
      minSpendFen: coupon.minSpendFen,
    });
}

/**
 * The quote of a purchase with its coupon, if any: the coupon is read and checked (member, state, window, store,
 * minimum spend after the level discount) by the same rules for the preview and the purchase.
 */
export async function quoteAtCounter(
  input: {
    settings: ProgramSettings;
    member: MemberRecord;
    amountFen: number;
    items: readonly SkuLine[];
    couponIds?: readonly string[];
    promotions: readonly Promotion[];
    storeId: string;
    nowMs: number;
  },
  deps: Pick<AppDeps, 'coupons'>,
  coupon?: CouponRecord | null,
): Promise<{ quote: PurchaseQuote; coupon: CouponRecord | null }> {
  const used = coupon !== undefined ? coupon : await couponForPurchase(input.couponIds, input.member.memberId, deps);
  const quote = quotePurchase({ ...input, coupon: used });
  if (used)
    refuseUnusable(used, {
      memberId: input.member.memberId,
      storeId: input.storeId,
      amountAfterLevelFen: afterBestDiscount(quote),
      nowMs: input.nowMs,
    });
  return { quote, coupon: used };
}

/** What is left after the better of the level's and the plan's discount: a coupon's minimum spend is checked on it. */
export const afterBestDiscount = (quote: PurchaseQuote) =>
  quote.amountFen - quote.levelDiscountFen - quote.planDiscountFen;

/** The coupon's one-time use, and the campaign's redemption statistics when it came from a campaign. */
export function couponUseWrites(
  coupon: CouponRecord,
  purchase: PurchaseRecord,
  deps: Pick<AppDeps, 'coupons'>,
): TxWrite[] {
  return [
    deps.coupons.useWrite(coupon, {
      at: purchase.at,
      purchaseId: purchase.purchaseId,
      storeId: purchase.storeId,
      discountFen: purchase.couponDiscountFen,
    }),
    ...(coupon.campaignId
      ? [
          deps.coupons.statsWrite(coupon.campaignId, coupon.couponId, {
            redeemed: 1,
            discountFen: purchase.couponDiscountFen,
            salesFen: purchase.payableFen,
          }),
        ]
      : []),
  ];
}
