import type { PurchaseResponse } from '@app/shared';
import type { PurchaseRecord } from '../../adapters/dynamodb';

/** A purchase as the counter sees it after recording it, or when finding it by its receipt. */
export const toPurchaseResponse = (purchase: PurchaseRecord): PurchaseResponse => ({
  purchaseId: purchase.purchaseId,
  receiptNo: purchase.receiptNo,
  storeId: purchase.storeId,
  memberId: purchase.memberId,
  amountFen: purchase.amountFen,
  levelDiscountFen: purchase.levelDiscountFen,
  couponDiscountFen: purchase.couponDiscountFen,
  payableFen: purchase.payableFen,
  points: purchase.points,
  growth: purchase.growth,
  levelChange: purchase.levelChange,
  giftPoints: purchase.giftPoints,
  couponsUsed: purchase.couponsUsed,
  badges: purchase.badges,
  refundedFen: purchase.refundedFen,
  at: purchase.at,
  stamps: purchase.stampCard,
  stampCouponId: purchase.stampCouponId,
});
