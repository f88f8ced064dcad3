import { lazySchema } from '@app/shared';
import * as z from 'zod';

/** Paid membership and punch cards as stored: plans, orders, terms, activation codes, card products, cards, uses. */

const benefits = lazySchema(() =>
  z.object({
    discountPercent: z.number().int().nullable(),
    pointsMultiplier: z.number().nullable(),
    activationTemplateIds: z.array(z.string()),
    monthlyTemplateIds: z.array(z.string()),
  }),
);

export const planItem = lazySchema(() =>
  z.object({
    planId: z.string(),
    name: z.string(),
    periodDays: z.number().int(),
    priceFen: z.number().int(),
    benefits,
    active: z.boolean(),
    updatedAt: z.string(),
  }),
);
export type PlanRecord = z.infer<typeof planItem>;

/** One thing bought (a plan or a punch card), however it was paid: WeChat Pay, the wallet, the till, a code. */
export const moneyOrderItem = lazySchema(() =>
  z.object({
    orderId: z.string(),
    memberId: z.string(),
    product: z.enum(['plan', 'punch']),
    productId: z.string(),
    name: z.string(),
    priceFen: z.number().int(),
    payWith: z.enum(['wechat', 'wallet', 'counter', 'code']),
    status: z.enum(['awaiting_payment', 'paid', 'closed', 'refunded']),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
    /** The wallet lots it was paid from (a refund puts the money back there). */
    walletTakes: z
      .record(z.string(), z.object({ principalFen: z.number().int(), bonusFen: z.number().int() }))
      .nullable(),
    /** What it delivered: the membership term or the card. */
    deliveredId: z.string().nullable(),
    storeId: z.string().nullable(),
    receiptNo: z.string().nullable(),
    by: z.string(),
  }),
);
export type MoneyOrderRecord = z.infer<typeof moneyOrderItem>;

/** One stretch of membership bought (a purchase, a renewal stacked on the end, or a redeemed code). */
export const planTermItem = lazySchema(() =>
  z.object({
    termId: z.string(),
    memberId: z.string(),
    planId: z.string(),
    name: z.string(),
    orderId: z.string(),
    priceFen: z.number().int(),
    startsAt: z.string(),
    endsAt: z.string(),
    boughtAt: z.string(),
    monthlyTemplateIds: z.array(z.string()),
    couponIds: z.array(z.string()),
    status: z.enum(['active', 'refunded']),
    refund: z
      .object({ refundedFen: z.number().int(), unusedDays: z.number().int(), reason: z.string(), at: z.string() })
      .nullable(),
  }),
);
export type PlanTermRecord = z.infer<typeof planTermItem>;

export const activationCodeItem = lazySchema(() =>
  z.object({
    codeHash: z.string(),
    batchId: z.string(),
    planId: z.string(),
    expiresAt: z.string(),
    usedBy: z.string().nullable(),
    usedAt: z.string().nullable(),
  }),
);
export type ActivationCodeRecord = z.infer<typeof activationCodeItem>;

export const codeBatchItem = lazySchema(() =>
  z.object({
    batchId: z.string(),
    planId: z.string(),
    count: z.number().int(),
    expiresAt: z.string(),
    createdAt: z.string(),
    by: z.string(),
  }),
);
export type CodeBatchRecord = z.infer<typeof codeBatchItem>;

export const punchProductItem = lazySchema(() =>
  z.object({
    productId: z.string(),
    name: z.string(),
    uses: z.number().int().nullable(),
    priceFen: z.number().int(),
    validDays: z.number().int(),
    covers: z.string(),
    skus: z.array(z.string()),
    active: z.boolean(),
    updatedAt: z.string(),
  }),
);
export type PunchProductRecord = z.infer<typeof punchProductItem>;

export const punchCardItem = lazySchema(() =>
  z.object({
    cardId: z.string(),
    memberId: z.string(),
    memberNo: z.string(),
    productId: z.string(),
    name: z.string(),
    /** null: 限时卡 (unlimited uses until validUntil). */
    usesTotal: z.number().int().nullable(),
    usesLeft: z.number().int().nullable(),
    usesMade: z.number().int(),
    priceFen: z.number().int(),
    boughtAt: z.string(),
    validUntil: z.string(),
    orderId: z.string(),
    status: z.enum(['active', 'refunded']),
    refund: z
      .object({ refundedFen: z.number().int(), usesRefunded: z.number().int(), reason: z.string(), at: z.string() })
      .nullable(),
  }),
);
export type PunchCardRecord = z.infer<typeof punchCardItem>;

export const cardUseItem = lazySchema(() =>
  z.object({
    useId: z.string(),
    cardId: z.string(),
    memberId: z.string(),
    uses: z.number().int(),
    storeId: z.string(),
    staff: z.string(),
    receiptNo: z.string(),
    at: z.string(),
  }),
);
export type CardUseRecord = z.infer<typeof cardUseItem>;
