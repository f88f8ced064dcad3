import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_AMOUNT_FEN, MAX_RECEIPT_NO_LENGTH } from './limits';
import { memberAtCounterFields, oneMemberAtCounter } from './purchases';
import { freeText } from './text';
import { requestPaymentArgs } from './wallet';

/** Paid membership (付费会员) and punch cards (次卡): api.md "Money". */

const fen = lazySchema(() => z.number().int());
const priceFen = lazySchema(() => z.number().int().min(1).max(MAX_AMOUNT_FEN));
const templateIds = lazySchema(() => z.array(z.string().min(1).max(64)).max(5).default([]));
const idParam = (what: string) => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, what);

export const planBenefits = lazySchema(() =>
  z.object({
    /** The share paid at the counter (90 = 9折); null: no discount. */
    discountPercent: z.number().int().min(50).max(99).nullable().default(null),
    pointsMultiplier: z.number().min(1).max(5).multipleOf(0.1).nullable().default(null),
    activationTemplateIds: templateIds,
    monthlyTemplateIds: templateIds,
  }),
);

export const planRequest = lazySchema(() =>
  z.strictObject({
    name: freeText({ max: 30 }),
    periodDays: z.union([z.literal(30), z.literal(90), z.literal(365)]),
    priceFen,
    benefits: planBenefits,
    active: z.boolean().default(true),
  }),
);
export type PlanRequest = z.infer<typeof planRequest>;

export const planView = lazySchema(() =>
  z.object({
    planId: z.string(),
    name: z.string(),
    periodDays: z.number().int(),
    priceFen: fen,
    benefits: planBenefits,
  }),
);
export type PlanView = z.infer<typeof planView>;
export const plansResponse = lazySchema(() => z.array(planView));
export const adminPlanView = lazySchema(() => planView.extend({ active: z.boolean(), updatedAt: z.string() }));
export type AdminPlanView = z.infer<typeof adminPlanView>;
export const adminPlansResponse = lazySchema(() => z.object({ items: z.array(adminPlanView) }));

export const myPlanResponse = lazySchema(() =>
  z.object({ planId: z.string(), name: z.string(), activeUntil: z.string(), benefits: planBenefits }).nullable(),
);
export type MyPlanResponse = z.infer<typeof myPlanResponse>;

export const orderRequest = lazySchema(() => z.strictObject({ payWith: z.enum(['wechat', 'wallet']) }));
export type OrderRequest = z.infer<typeof orderRequest>;
export const moneyOrderStatus = lazySchema(() => z.enum(['awaiting_payment', 'paid', 'closed', 'refunded']));
export const orderCreatedResponse = lazySchema(() =>
  z.object({
    orderId: z.string(),
    status: moneyOrderStatus,
    priceFen: fen,
    payment: requestPaymentArgs.optional(),
  }),
);
export type OrderCreatedResponse = z.infer<typeof orderCreatedResponse>;
export const moneyOrderView = lazySchema(() =>
  z.object({
    orderId: z.string(),
    status: moneyOrderStatus,
    priceFen: fen,
    paidAt: z.string().nullable(),
  }),
);

export const redeemCodeRequest = lazySchema(() => z.strictObject({ code: z.string().trim().min(1).max(40) }));
export const redeemCodeResponse = lazySchema(() => z.object({ plan: planView, activeUntil: z.string() }));
export type RedeemCodeResponse = z.infer<typeof redeemCodeResponse>;

export const codeBatchRequest = lazySchema(() =>
  z.strictObject({
    count: z.number().int().min(1).max(500),
    expiresAt: z.string().datetime({ offset: true }),
  }),
);
export type CodeBatchRequest = z.infer<typeof codeBatchRequest>;

export const punchProductRequest = lazySchema(() =>
  z.strictObject({
    name: freeText({ max: 30 }),
    /** null: 限时卡, unlimited uses within its validity. */
    uses: z.number().int().min(1).max(1000).nullable(),
    priceFen,
    validDays: z.number().int().min(1).max(1095),
    covers: freeText({ max: 200, multiline: true }),
    skus: z.array(z.string().min(1).max(40)).max(50).default([]),
    active: z.boolean().default(true),
  }),
);
export type PunchProductRequest = z.infer<typeof punchProductRequest>;
export const punchProductView = lazySchema(() =>
  z.object({
    productId: z.string(),
    name: z.string(),
    uses: z.number().int().nullable(),
    priceFen: fen,
    validDays: z.number().int(),
    covers: z.string(),
  }),
);
export type PunchProductView = z.infer<typeof punchProductView>;
export const punchProductsResponse = lazySchema(() => z.array(punchProductView));
export const adminPunchProductView = lazySchema(() =>
  punchProductView.extend({
    skus: z.array(z.string()),
    active: z.boolean(),
    updatedAt: z.string(),
  }),
);
export type AdminPunchProductView = z.infer<typeof adminPunchProductView>;
export const adminPunchProductsResponse = lazySchema(() => z.object({ items: z.array(adminPunchProductView) }));

export const punchCardStatus = lazySchema(() => z.enum(['active', 'used_up', 'expired', 'refunded']));
export const cardUseView = lazySchema(() =>
  z.object({
    useId: z.string(),
    uses: z.number().int(),
    storeId: z.string(),
    staff: z.string(),
    receiptNo: z.string(),
    at: z.string(),
  }),
);
/** A paid membership held (付费会员): its counter benefits as bought, and its end (renewals stack on it). */
export const paidPlanHeld = lazySchema(() =>
  z.object({
    planId: z.string(),
    name: z.string(),
    activeUntil: z.string(),
    discountPercent: z.number().int().nullable(),
    pointsMultiplier: z.number().nullable(),
  }),
);
export type PaidPlanHeld = z.infer<typeof paidPlanHeld>;

export const punchCardView = lazySchema(() =>
  z.object({
    cardId: z.string(),
    productId: z.string(),
    name: z.string(),
    usesLeft: z.number().int().nullable(),
    usesTotal: z.number().int().nullable(),
    validUntil: z.string(),
    status: punchCardStatus,
    history: z.array(cardUseView).default([]),
  }),
);
export type PunchCardView = z.infer<typeof punchCardView>;
export const myPunchCardsResponse = lazySchema(() => z.array(punchCardView));

const receiptNo = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1)
    .max(MAX_RECEIPT_NO_LENGTH)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
);

export const sellCardRequest = lazySchema(() =>
  z
    .strictObject({ ...memberAtCounterFields, productId: idParam('a product id'), receiptNo })
    .superRefine(oneMemberAtCounter),
);
export const useCardRequest = lazySchema(() =>
  z
    .strictObject({
      ...memberAtCounterFields,
      cardId: idParam('a card id'),
      uses: z.number().int().min(1).max(20),
      receiptNo,
    })
    .superRefine(oneMemberAtCounter),
);
export type UseCardRequest = z.infer<typeof useCardRequest>;
export const useCardResponse = lazySchema(() =>
  z.object({
    cardId: z.string(),
    usesLeft: z.number().int().nullable(),
    useId: z.string(),
  }),
);

export const moneyRefundRequest = lazySchema(() => z.strictObject({ reason: freeText({ max: 200 }) }));
export const planRefundResponse = lazySchema(() =>
  z.object({
    refundedFen: fen,
    unusedDays: z.number().int(),
    couponsRevoked: z.number().int(),
    activeUntil: z.string().nullable(),
  }),
);
export const cardRefundResponse = lazySchema(() =>
  z.object({ cardId: z.string(), refundedFen: fen, usesRefunded: z.number().int() }),
);

export const planParams = lazySchema(() => z.object({ planId: idParam('a plan id') }));
export const productParams = lazySchema(() => z.object({ productId: idParam('a product id') }));

/** The dashboard's 付费会员与次卡 section (the analytics overview's `plans`): from the stream's aggregates. */
export const planAnalytics = lazySchema(() =>
  z.object({
    /** Members whose plan runs today. */
    members: z.number().int(),
    plansNew: z.number().int(),
    plansRenewed: z.number().int(),
    plansByCode: z.number().int(),
    planRevenueFen: fen,
    planRefundsFen: fen,
    cardsSold: z.number().int(),
    cardRevenueFen: fen,
    cardRefundsFen: fen,
    cardUses: z.number().int(),
  }),
);
export type PlanAnalytics = z.infer<typeof planAnalytics>;
