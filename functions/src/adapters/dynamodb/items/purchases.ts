import { lazySchema } from '@app/shared';
import * as z from 'zod';
import { promotionView } from '@app/shared';

/** What the counter records: purchases and refunds, and the promotions they are priced under. */

const levelChangeRef = lazySchema(() => z.object({ from: z.string(), to: z.string() }).nullable());

/** What every counter record (purchase, refund) says about where, which receipt and whose. */
const counterFields = {
  purchaseId: z.string(),
  storeId: z.string(),
  receiptNo: z.string(),
  memberId: z.string(),
  memberNo: z.string(),
  nickname: z.string(),
  at: z.string(),
  businessDate: z.string(),
  by: z.string(),
};

const share = lazySchema(() => z.object({ principalFen: z.number().int(), bonusFen: z.number().int() }));

export const paidWith = lazySchema(() =>
  z.object({
    walletFen: z.number().int(),
    walletBonusFen: z.number().int(),
    walletTakes: z.record(z.string(), share),
    walletRestored: z.record(z.string(), share),
    pointsUsed: z.number().int(),
    pointsCashFen: z.number().int(),
    pointsTakes: z.record(z.string(), z.number().int()),
    pointsRestored: z.record(z.string(), z.number().int()),
    cashFen: z.number().int(),
  }),
);
export type PaidWith = z.infer<typeof paidWith>;

export const purchaseItem = lazySchema(() =>
  z.object({
    ...counterFields,
    amountFen: z.number().int(),
    levelDiscountFen: z.number().int(),
    planDiscountFen: z.number().int().default(0),
    couponDiscountFen: z.number().int(),
    payableFen: z.number().int(),
    items: z.array(z.object({ sku: z.string(), quantity: z.number().int(), unitPriceFen: z.number().int() })),
    points: z.number().int(),
    growth: z.number().int(),
    growthMonth: z.string(),
    lotId: z.string().nullable(),
    levelBefore: z.string(),
    levelChange: levelChangeRef,
    giftPoints: z.number().int(),
    promotionId: z.string().nullable(),
    couponsUsed: z.array(z.string()),
    badges: z.array(z.string()),
    refundedFen: z.number().int(),
    pointsReversed: z.number().int(),
    growthReversed: z.number().int(),
    requestHash: z.string(),
    programVersion: z.number().int().nullable().default(null),
    /** The stamp-card stamp this purchase earned, the card's coupon it completed, and whether a refund took it back. */
    stamped: z.boolean().default(false),
    stampCouponId: z.string().nullable().default(null),
    stampRemoved: z.boolean().default(false),
    /** The member's stamp card right after this purchase. */
    stampCard: z.object({ count: z.number().int(), of: z.number().int() }).nullable().default(null),
    /** How the payable was paid beyond cash (null: all cash) and what refunds have put back, lot by lot. */
    paidWith: paidWith.nullable().default(null),
  }),
);
export type PurchaseRecord = z.infer<typeof purchaseItem>;

export const refundItem = lazySchema(() =>
  z.object({
    ...counterFields,
    refundId: z.string(),
    refundedFen: z.number().int(),
    pointsReversed: z.number().int(),
    growthReversed: z.number().int(),
    debtCreated: z.number().int(),
    levelChange: levelChangeRef,
    couponsRestored: z.array(z.string()),
    walletRestoredFen: z.number().int().default(0),
    pointsRestored: z.number().int().default(0),
  }),
);
export type RefundRecord = z.infer<typeof refundItem>;

/** A promotion is stored as the marketer sees it. */
export const promotionItem = promotionView;
export type PromotionRecord = z.infer<typeof promotionItem>;
