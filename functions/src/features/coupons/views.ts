import { couponStatusAt, walletOrder, type CouponView } from '@app/shared';
import type { CouponRecord } from '../../adapters/dynamodb';
import { storeNamesFor } from '../../core/store-names';

/** The stores a coupon names: those it is limited to, and the one it was used at. */
export const storesNamedBy = (coupon: Pick<CouponRecord, 'storeIds' | 'usedStoreId'>) => [
  ...(coupon.storeIds ?? []),
  ...(coupon.usedStoreId ? [coupon.usedStoreId] : []),
];

/** A coupon as members and staff see it: an available one past its end reads `expired`. */
export function toCouponView(
  coupon: CouponRecord,
  nowMs: number,
  storeNames: Readonly<Record<string, string>>,
): CouponView {
  return {
    couponId: coupon.couponId,
    templateId: coupon.templateId,
    title: coupon.title,
    description: coupon.description,
    usageNotes: coupon.usageNotes,
    type: coupon.type,
    valueFen: coupon.valueFen,
    percent: coupon.percent,
    maxDiscountFen: coupon.maxDiscountFen,
    minSpendFen: coupon.minSpendFen,
    giftName: coupon.giftName,
    validFrom: coupon.validFrom,
    validUntil: coupon.validUntil,
    status: couponStatusAt(coupon, nowMs),
    source: coupon.source,
    campaignId: coupon.campaignId,
    issuedAt: coupon.issuedAt,
    usedAt: coupon.usedAt,
    usedStoreId: coupon.usedStoreId,
    storeIds: coupon.storeIds,
    storeNames: storeNamesFor(storesNamedBy(coupon), storeNames),
  };
}

/** The wallet: usable coupons ending soonest first, then the rest, optionally one status only. */
export const walletOf = (
  coupons: readonly CouponRecord[],
  nowMs: number,
  storeNames: Readonly<Record<string, string>>,
  status?: CouponView['status'],
) =>
  walletOrder(
    coupons
      .map((coupon) => toCouponView(coupon, nowMs, storeNames))
      .filter((coupon) => !status || coupon.status === status),
  );
