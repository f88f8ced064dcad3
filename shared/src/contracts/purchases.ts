import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_AMOUNT_FEN, MAX_PRICE_FEN, MAX_RECEIPT_NO_LENGTH, MAX_SKU_LINES, MAX_SKU_QUANTITY } from './limits';
import { freeText } from './text';
import { businessDate } from './common';

const amountFen = lazySchema(() =>
  z.number().int().min(1, 'amount must be positive').max(MAX_AMOUNT_FEN, 'amount is too large'),
);

export const skuLineSchema = lazySchema(() =>
  z.strictObject({
    sku: freeText({ max: MAX_RECEIPT_NO_LENGTH }),
    quantity: z.number().int().min(1).max(MAX_SKU_QUANTITY),
    unitPriceFen: z.number().int().min(0).max(MAX_PRICE_FEN),
  }),
);

/**
 * Who is buying: the member code as scanned (valid 60 s; integrations send this) or the counter ticket the scan gave
 * (valid 5 minutes for the store and staff account that scanned) — exactly one of the two.
 */
export const memberAtCounterFields = {
  memberCode: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe('The member code as scanned (35 digits, valid 60 s).'),
  counterTicket: z
    .string()
    .trim()
    .min(1)
    .max(512)
    .optional()
    .describe('The ticket POST /v1/store/scan answered: valid 5 minutes for the store and staff account that scanned.'),
};

const purchaseFields = {
  ...memberAtCounterFields,
  amountFen,
  items: z.array(skuLineSchema).max(MAX_SKU_LINES).optional(),
  couponIds: z.array(z.string().min(1).max(80)).max(1, 'one coupon per purchase').optional(),
  /** Paid from the member's wallet (储值) and with points as cash (积分抵现): product.md "Money on the card". */
  walletFen: z.number().int().min(0).max(MAX_AMOUNT_FEN).optional(),
  pointsToUse: z.number().int().min(0).max(MAX_AMOUNT_FEN).optional(),
};

/** Exactly one of memberCode and counterTicket (the top-up and card use at the counter take the same pair). */
export const oneMemberAtCounter = (body: { memberCode?: string; counterTicket?: string }, ctx: z.RefinementCtx) => {
  if ((body.memberCode === undefined) === (body.counterTicket === undefined))
    ctx.addIssue({ code: 'custom', path: ['memberCode'], message: 'send either memberCode or counterTicket' });
};

const linesWithinAmount = (
  body: {
    amountFen: number;
    items?: { quantity: number; unitPriceFen: number }[];
    memberCode?: string;
    counterTicket?: string;
  },
  ctx: z.RefinementCtx,
) => {
  oneMemberAtCounter(body, ctx);
  const lines = (body.items ?? []).reduce((sum, line) => sum + line.quantity * line.unitPriceFen, 0);
  if (lines > body.amountFen)
    ctx.addIssue({ code: 'custom', path: ['items'], message: 'the SKU lines add up to more than the amount' });
};

export const purchasePreviewRequest = lazySchema(() => z.strictObject(purchaseFields).superRefine(linesWithinAmount));
export type PurchasePreviewRequest = z.infer<typeof purchasePreviewRequest>;

export const purchaseRequest = lazySchema(() =>
  z
    .strictObject({
      ...purchaseFields,
      receiptNo: z
        .string()
        .trim()
        .min(1)
        .max(MAX_RECEIPT_NO_LENGTH)
        .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
    })
    .superRefine(linesWithinAmount),
);
export type PurchaseRequest = z.infer<typeof purchaseRequest>;

export const purchasePreviewResponse = lazySchema(() =>
  z.object({
    amountFen: z.number().int(),
    levelDiscountFen: z.number().int(),
    planDiscountFen: z.number().int().default(0),
    couponDiscountFen: z.number().int(),
    payableFen: z.number().int(),
    points: z.number().int(),
    growth: z.number().int(),
    member: z.object({
      memberId: z.string(),
      memberNo: z.string(),
      nickname: z.string(),
      level: z.object({ code: z.string(), name: z.string() }),
    }),
    promotion: z.object({ promotionId: z.string(), name: z.string(), multiplier: z.number() }).nullable(),
    levelChange: z.object({ from: z.string(), to: z.string(), fromName: z.string(), toName: z.string() }).nullable(),
    /** The coupon applied, and whether the purchase earns a stamp-card stamp. */
    coupon: z.object({ couponId: z.string(), title: z.string() }).nullable().default(null),
    stamp: z.boolean().default(false),
    walletBalanceFen: z.number().int().default(0),
    walletBonusFen: z.number().int().default(0),
    pointsAsCash: z
      .object({ maxPoints: z.number().int(), maxFen: z.number().int() })
      .default({ maxPoints: 0, maxFen: 0 }),
    cashFen: z.number().int().default(0),
  }),
);
export type PurchasePreviewResponse = z.infer<typeof purchasePreviewResponse>;

/** A level change with the names of both levels, as the program calls them now. */
export const levelChangeView = lazySchema(() =>
  z.object({ from: z.string(), to: z.string(), fromName: z.string(), toName: z.string() }).nullable(),
);

export const purchaseResponse = lazySchema(() =>
  z.object({
    purchaseId: z.string(),
    receiptNo: z.string(),
    storeId: z.string(),
    memberId: z.string(),
    amountFen: z.number().int(),
    levelDiscountFen: z.number().int(),
    planDiscountFen: z.number().int().default(0),
    couponDiscountFen: z.number().int(),
    payableFen: z.number().int(),
    points: z.number().int(),
    growth: z.number().int(),
    levelChange: levelChangeView,
    giftPoints: z.number().int(),
    couponsUsed: z.array(z.string()),
    badges: z.array(z.string()),
    refundedFen: z.number().int(),
    at: z.string(),
    /** Stamps on the card after this purchase, and the gift coupon it completed (null if none). */
    stamps: z.object({ count: z.number().int(), of: z.number().int() }).nullable().default(null),
    stampCouponId: z.string().nullable().default(null),
    /** What a full stamp card gives (the title of the program's stamp-card coupon), null when the program has none. */
    stampGift: z.string().nullable().default(null),
    walletFen: z.number().int().default(0),
    walletBonusFen: z.number().int().default(0),
    pointsUsed: z.number().int().default(0),
    pointsCashFen: z.number().int().default(0),
    cashFen: z.number().int().default(0),
    /** Right after recording it: the member's spendable points, points on their way (待到账) and level. */
    memberAfter: z
      .object({
        points: z.number().int(),
        pendingPoints: z.number().int(),
        level: z.object({ code: z.string(), name: z.string() }),
      })
      .nullable()
      .default(null),
  }),
);
export type PurchaseResponse = z.infer<typeof purchaseResponse>;

export const refundRequest = lazySchema(() => z.strictObject({ amountFen: amountFen.optional() }));

export const refundResponse = lazySchema(() =>
  z.object({
    refundId: z.string(),
    purchaseId: z.string(),
    refundedFen: z.number().int(),
    pointsReversed: z.number().int(),
    growthReversed: z.number().int(),
    debtCreated: z.number().int(),
    couponsRestored: z.array(z.string()),
    levelChange: levelChangeView,
    walletRestoredFen: z.number().int().default(0),
    pointsRestored: z.number().int().default(0),
  }),
);
export type RefundResponse = z.infer<typeof refundResponse>;

export const purchaseLookupQuery = lazySchema(() =>
  z.object({ receiptNo: z.string().trim().min(1).max(MAX_RECEIPT_NO_LENGTH) }),
);

export const activityQuery = lazySchema(() => z.object({ date: businessDate.optional() }));

export const activityItem = lazySchema(() =>
  z.object({
    kind: z.enum(['purchase', 'refund', 'handout']),
    at: z.string(),
    id: z.string(),
    purchaseId: z.string().nullable(),
    receiptNo: z.string().nullable(),
    memberNo: z.string(),
    nickname: z.string(),
    amountFen: z.number().int(),
    points: z.number().int(),
    staff: z.string(),
    /** What was handed out (e.g. `咖啡滤纸 ×2`); null for purchases and refunds. */
    title: z.string().nullable().default(null),
  }),
);
export const activityResponse = lazySchema(() =>
  z.object({
    date: z.string(),
    storeId: z.string(),
    items: z.array(activityItem),
    totals: z.object({
      purchases: z.number().int(),
      salesFen: z.number().int(),
      refunds: z.number().int(),
      refundedFen: z.number().int(),
      handouts: z.number().int(),
    }),
  }),
);
