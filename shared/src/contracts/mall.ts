import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_ORDER_QUANTITY } from './limits';
import { freeText } from './text';
import { cursorParam, isoTimestamp } from './common';

const optionalLimit = lazySchema(() => z.number().int().min(1).max(999).nullable());

/** What a marketer sets on a mall item (api.md "Mall"; product.md "Points mall"). */
const mallItemShape = {
  name: freeText({ max: 40 }),
  description: freeText({ max: 500, min: 0, multiline: true }).default(''),
  images: z
    .array(z.url({ protocol: /^https?$/ }))
    .max(9)
    .default([]),
  category: freeText({ max: 20 }),
  kind: z.enum(['goods', 'coupon']),
  /** Coupon items name the coupon template they issue. */
  couponTemplateId: z.string().min(1).max(64).nullable().default(null),
  points: z.number().int().min(1).max(1_000_000),
  cashFen: z.number().int().min(0).max(10_000_000).default(0),
  /** Units left to redeem; null = unlimited. */
  stock: z.number().int().min(0).max(10_000_000).nullable(),
  perMemberLimit: optionalLimit.default(null),
  perOrderLimit: optionalLimit.default(null),
  minLevel: z.string().min(1).max(16).nullable().default(null),
  saleFrom: isoTimestamp.nullable().default(null),
  saleUntil: isoTimestamp.nullable().default(null),
  /** Smaller first within a category. */
  sortOrder: z.number().int().min(0).max(9999).default(100),
  /** Hidden (下架): members neither see nor redeem it; orders already placed are picked up as usual. */
  hidden: z.boolean().default(false),
};

type WindowFields = {
  saleFrom?: string | null;
  saleUntil?: string | null;
  kind?: 'goods' | 'coupon';
  couponTemplateId?: string | null;
};

function checkItemFields(body: WindowFields, ctx: z.RefinementCtx) {
  if (body.saleFrom && body.saleUntil && Date.parse(body.saleFrom) >= Date.parse(body.saleUntil)) {
    ctx.addIssue({ code: 'custom', path: ['saleUntil'], message: 'saleUntil must be after saleFrom' });
  }
  if (body.kind === 'coupon' && !body.couponTemplateId) {
    ctx.addIssue({ code: 'custom', path: ['couponTemplateId'], message: 'a coupon item names its coupon template' });
  }
}

export const createMallItemRequest = lazySchema(() => z.strictObject(mallItemShape).superRefine(checkItemFields));
export type CreateMallItemRequest = z.infer<typeof createMallItemRequest>;

/** Partial changes; stock only moves by a delta (never a blind set), so concurrent redemptions are not lost. */
export const updateMallItemRequest = lazySchema(() =>
  z
    .strictObject({
      name: mallItemShape.name,
      description: freeText({ max: 500, min: 0, multiline: true }),
      images: z.array(z.url({ protocol: /^https?$/ })).max(9),
      category: mallItemShape.category,
      couponTemplateId: z.string().min(1).max(64).nullable(),
      points: mallItemShape.points,
      cashFen: z.number().int().min(0).max(10_000_000),
      perMemberLimit: optionalLimit,
      perOrderLimit: optionalLimit,
      minLevel: z.string().min(1).max(16).nullable(),
      saleFrom: isoTimestamp.nullable(),
      saleUntil: isoTimestamp.nullable(),
      sortOrder: z.number().int().min(0).max(9999),
      hidden: z.boolean(),
      /** Why the stock moves (进货, 盘点, 损耗…), kept in the audit log with the change. */
      stockReason: freeText({ max: 60 }),
      stockDelta: z
        .number()
        .int()
        .min(-10_000_000)
        .max(10_000_000)
        .refine((value) => value !== 0, 'a stock change is not 0'),
    })
    .partial()
    .superRefine((body, ctx) => {
      checkItemFields(body, ctx);
      if (body.stockReason !== undefined && body.stockDelta === undefined)
        ctx.addIssue({ code: 'custom', path: ['stockReason'], message: 'a reason goes with a stockDelta' });
      if (Object.keys(body).length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'nothing to change' });
    }),
);
export type UpdateMallItemRequest = z.infer<typeof updateMallItemRequest>;

export const mallItemParams = lazySchema(() => z.object({ itemId: z.string().min(1).max(64) }));

export const mallItemView = lazySchema(() =>
  z.object({
    itemId: z.string(),
    name: z.string(),
    description: z.string(),
    images: z.array(z.string()),
    category: z.string(),
    kind: z.enum(['goods', 'coupon']),
    couponTemplateId: z.string().nullable(),
    points: z.number().int(),
    cashFen: z.number().int(),
    stock: z.number().int().nullable(),
    perMemberLimit: z.number().int().nullable(),
    perOrderLimit: z.number().int().nullable(),
    minLevel: z.string().nullable(),
    /** The name of minLevel, for display. */
    minLevelName: z.string().nullable(),
    saleFrom: z.string().nullable(),
    saleUntil: z.string().nullable(),
    sortOrder: z.number().int(),
    redeemable: z.boolean(),
    /** Why the caller cannot redeem one now: an error code of the order route (e.g. POINTS_INSUFFICIENT). */
    reason: z.string().nullable(),
    /** Units the caller has redeemed (counts toward perMemberLimit). */
    redeemedByMe: z.number().int(),
  }),
);
export type MallItemView = z.infer<typeof mallItemView>;

export const adminMallItemView = lazySchema(() =>
  mallItemView.omit({ redeemable: true, reason: true, redeemedByMe: true }).extend({
    /** Units redeemed and not cancelled; null for unlimited items, whose orders never touch the item (no hot key). */
    sold: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    hidden: z.boolean(),
  }),
);
export type AdminMallItemView = z.infer<typeof adminMallItemView>;

export const mallItemsQuery = lazySchema(() => z.object({ category: freeText({ max: 20 }).optional() }));

export const createOrderRequest = lazySchema(() =>
  z.strictObject({
    itemId: z.string().min(1).max(64),
    quantity: z.number().int().min(1).max(MAX_ORDER_QUANTITY),
  }),
);
export type CreateOrderRequest = z.infer<typeof createOrderRequest>;

export const orderStatus = lazySchema(() => z.enum(['awaiting_pickup', 'completed', 'cancelled']));
export type OrderStatus = z.infer<typeof orderStatus>;

export const orderView = lazySchema(() =>
  z.object({
    orderId: z.string(),
    itemId: z.string(),
    itemName: z.string(),
    image: z.string().nullable(),
    kind: z.enum(['goods', 'coupon']),
    quantity: z.number().int(),
    /** Points paid for the whole order, and cash to pay at pickup. */
    points: z.number().int(),
    cashFen: z.number().int(),
    status: orderStatus,
    pickupCode: z.string().nullable(),
    pickupBy: z.string().nullable(),
    couponIds: z.array(z.string()),
    createdAt: z.string(),
    fulfilledAt: z.string().nullable(),
    fulfilledStoreId: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    /** `member` (cancelled by the member) or `expired` (not picked up in time). */
    cancelReason: z.enum(['member', 'expired']).nullable(),
    pointsRestored: z.number().int(),
    pointsExpiredOnReturn: z.number().int(),
  }),
);
export type OrderView = z.infer<typeof orderView>;

export const orderParams = lazySchema(() => z.object({ orderId: z.string().min(1).max(64) }));

export const fulfilOrderRequest = lazySchema(() =>
  z.strictObject({
    pickupCode: z
      .string()
      .trim()
      .regex(/^\d{8}$/, 'an 8-digit pickup code'),
  }),
);

export const mallItemsResponse = lazySchema(() =>
  z.object({
    items: z.array(mallItemView),
    nextCursor: z.string().nullable(),
    /** Every category with an item on offer, in display order (the tabs of 积分商城). */
    categories: z.array(z.string()),
  }),
);
export type MallItemsResponse = z.infer<typeof mallItemsResponse>;

export const myOrdersQuery = lazySchema(() =>
  z.object({
    status: orderStatus.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: cursorParam,
  }),
);
export const ordersResponse = lazySchema(() =>
  z.object({ items: z.array(orderView), nextCursor: z.string().nullable() }),
);
export type OrdersResponse = z.infer<typeof ordersResponse>;

export const adminMallItemsResponse = lazySchema(() =>
  z.object({
    items: z.array(adminMallItemView),
    nextCursor: z.string().nullable(),
  }),
);
