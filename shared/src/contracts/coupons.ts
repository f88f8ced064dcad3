import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_AMOUNT_FEN, MAX_PRICE_FEN, MAX_VALIDITY_DAYS } from './limits';
import { freeText } from './text';
import { isoTimestamp, storeIdSchema, storeNamesView } from './common';

export const couponType = lazySchema(() => z.enum(['amount_off', 'percent_off', 'gift']));
export type CouponType = z.infer<typeof couponType>;

export const couponValidity = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fixed'), from: isoTimestamp, until: isoTimestamp }),
    z.strictObject({
      kind: z.literal('relative'),
      days: z.number().int().min(1).max(MAX_VALIDITY_DAYS),
      startOffsetDays: z.number().int().min(0).max(365).default(0),
    }),
  ]),
);
export type CouponValidity = z.infer<typeof couponValidity>;

/** A coupon template (api.md "Marketer"): what a coupon gives, from when, until when, where. */
export const couponTemplateRequest = lazySchema(() =>
  z
    .strictObject({
      title: freeText({ max: 30 }),
      description: freeText({ max: 200, min: 0, multiline: true }).default(''),
      usageNotes: freeText({ max: 500, min: 0, multiline: true }).default(''),
      type: couponType,
      /** amount_off: the amount taken off; gift: the nominal value (for statistics and the counter's discount). */
      valueFen: z.number().int().min(1).max(MAX_PRICE_FEN).optional(),
      /** percent_off: the share paid, 88 = pay 88% (12% off). */
      percent: z.number().int().min(1).max(99).optional(),
      maxDiscountFen: z.number().int().min(1).max(MAX_PRICE_FEN).optional(),
      minSpendFen: z.number().int().min(0).max(MAX_AMOUNT_FEN).default(0),
      giftName: freeText({ max: 30 }).optional(),
      validity: couponValidity,
      storeIds: z.array(storeIdSchema).min(1).max(500).optional(),
    })
    .superRefine((body, ctx) => {
      const need = (field: keyof typeof body, message: string) => {
        if (body[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message });
      };
      if (body.type === 'amount_off') need('valueFen', 'an amount_off coupon needs valueFen');
      if (body.type === 'percent_off') need('percent', 'a percent_off coupon needs percent (e.g. 88 = pay 88%)');
      if (body.type === 'gift') {
        need('giftName', 'a gift coupon names its gift');
        need('valueFen', 'a gift coupon needs its nominal value');
      }
      if (body.type !== 'percent_off' && body.percent !== undefined)
        ctx.addIssue({ code: 'custom', path: ['percent'], message: 'only percent_off coupons have a percent' });
      if (
        body.type === 'amount_off' &&
        body.valueFen !== undefined &&
        body.minSpendFen > 0 &&
        body.valueFen > body.minSpendFen
      ) {
        ctx.addIssue({ code: 'custom', path: ['valueFen'], message: 'the amount off exceeds the minimum spend' });
      }
      if (body.validity.kind === 'fixed' && Date.parse(body.validity.from) >= Date.parse(body.validity.until)) {
        ctx.addIssue({ code: 'custom', path: ['validity', 'until'], message: 'until must be after from' });
      }
    }),
);
export type CouponTemplateRequest = z.infer<typeof couponTemplateRequest>;

/** What a coupon gives and asks, as templates hold it and coupons copy it. */
const couponTermsShape = {
  title: z.string(),
  description: z.string(),
  usageNotes: z.string(),
  type: couponType,
  valueFen: z.number().int().nullable(),
  percent: z.number().int().nullable(),
  maxDiscountFen: z.number().int().nullable(),
  minSpendFen: z.number().int(),
  giftName: z.string().nullable(),
};

export const couponTemplateView = lazySchema(() =>
  z.object({
    templateId: z.string(),
    ...couponTermsShape,
    validity: couponValidity,
    storeIds: z.array(z.string()).nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
  }),
);
export type CouponTemplateView = z.infer<typeof couponTemplateView>;

export const couponStatus = lazySchema(() => z.enum(['available', 'used', 'expired', 'revoked']));
export type CouponStatus = z.infer<typeof couponStatus>;

/** Where a coupon came from. */
export const couponSource = lazySchema(() =>
  z.enum([
    'campaign',
    'claim',
    'new-member',
    'upgrade-gift',
    'birthday',
    'level-perk',
    'stamp-card',
    'task',
    'mall',
    'topup-gift',
    'plan',
  ]),
);
export type CouponSource = z.infer<typeof couponSource>;

export const couponView = lazySchema(() =>
  z.object({
    couponId: z.string(),
    templateId: z.string(),
    ...couponTermsShape,
    validFrom: z.string(),
    validUntil: z.string(),
    status: couponStatus,
    source: couponSource,
    campaignId: z.string().nullable(),
    issuedAt: z.string(),
    usedAt: z.string().nullable(),
    usedStoreId: z.string().nullable(),
    storeIds: z.array(z.string()).nullable(),
    /** The names of the stores the coupon names (its stores, the store it was used at), by store id. */
    storeNames: storeNamesView,
  }),
);
export type CouponView = z.infer<typeof couponView>;

export const myCouponsQuery = lazySchema(() => z.object({ status: couponStatus.optional() }));
export const myCouponsResponse = lazySchema(() =>
  z.object({ items: z.array(couponView), nextCursor: z.string().nullable() }),
);
export const couponParams = lazySchema(() => z.object({ couponId: z.string().min(1).max(80) }));
export const couponCodeResponse = lazySchema(() =>
  z.object({ code: z.string(), digits: z.string(), expiresAt: z.string(), refreshAfter: z.string() }),
);
