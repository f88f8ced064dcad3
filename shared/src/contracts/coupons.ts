import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import {
  MAX_AMOUNT_FEN,
  MAX_CAMPAIGN_STOCK,
  MAX_MEMBER_NOS,
  MAX_PER_MEMBER_LIMIT,
  MAX_PRICE_FEN,
  MAX_VALIDITY_DAYS,
} from './limits';
import { freeText } from './text';
import { businessDate, isoTimestamp, storeIdSchema, storeNamesView } from './common';

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

/** An audience (api.md): all given conditions must hold; `{}` is every member. */
export const audienceSchema = lazySchema(() =>
  z
    .strictObject({
      levels: z.array(z.string().min(1).max(16)).min(1).optional(),
      tags: z
        .array(freeText({ max: 40 }))
        .min(1)
        .optional(),
      segments: z
        .array(freeText({ max: 40 }))
        .min(1)
        .optional(),
      joinedFrom: businessDate.optional(),
      joinedTo: businessDate.optional(),
      lastPurchaseBefore: businessDate.optional(),
      lastPurchaseAfter: businessDate.optional(),
      inactiveDays: z.number().int().min(1).max(MAX_VALIDITY_DAYS).optional(),
      birthdayMonth: z.number().int().min(1).max(12).optional(),
      pointsMin: z.number().int().min(0).optional(),
      pointsMax: z.number().int().min(0).optional(),
      homeStoreIds: z.array(storeIdSchema).min(1).optional(),
      memberNos: z
        .array(z.string().regex(/^\d{8}$/, 'an 8-digit memberNo'))
        .min(1)
        .max(MAX_MEMBER_NOS)
        .optional(),
    })
    .superRefine((audience, ctx) => {
      if (
        audience.pointsMin !== undefined &&
        audience.pointsMax !== undefined &&
        audience.pointsMin > audience.pointsMax
      ) {
        ctx.addIssue({ code: 'custom', path: ['pointsMax'], message: 'pointsMax is below pointsMin' });
      }
      if (audience.joinedFrom && audience.joinedTo && audience.joinedFrom > audience.joinedTo) {
        ctx.addIssue({ code: 'custom', path: ['joinedTo'], message: 'joinedTo is before joinedFrom' });
      }
    }),
);
export type Audience = z.infer<typeof audienceSchema>;

export const audiencePreviewRequest = lazySchema(() => z.strictObject({ audience: audienceSchema }));
export const audienceMember = lazySchema(() =>
  z.object({
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    levelCode: z.string(),
    /** The level's name as the program calls it now. */
    levelName: z.string(),
    joinedAt: z.string(),
  }),
);
export const audiencePreviewResponse = lazySchema(() =>
  z.object({ count: z.number().int(), sample: z.array(audienceMember) }),
);
export type AudiencePreviewResponse = z.infer<typeof audiencePreviewResponse>;

export const campaignKind = lazySchema(() => z.enum(['push', 'claim']));
export const campaignStatus = lazySchema(() =>
  z.enum(['draft', 'scheduled', 'dispatching', 'active', 'completed', 'cancelled']),
);
export type CampaignStatus = z.infer<typeof campaignStatus>;

export const campaignRequest = lazySchema(() =>
  z
    .strictObject({
      name: freeText({ max: 40 }),
      kind: campaignKind,
      templateId: z.string().min(1).max(64),
      audience: audienceSchema.default({}),
      scheduleAt: isoTimestamp.optional(),
      notify: z.boolean().default(false),
      stock: z.number().int().min(1).max(MAX_CAMPAIGN_STOCK).optional(),
      perMemberLimit: z.number().int().min(1).max(MAX_PER_MEMBER_LIMIT).optional(),
      claimFrom: isoTimestamp.optional(),
      claimUntil: isoTimestamp.optional(),
      budgetFen: z.number().int().min(1).max(10_000_000_000).optional(),
    })
    .superRefine((body, ctx) => {
      if (body.kind === 'push') {
        for (const field of ['stock', 'perMemberLimit', 'claimFrom', 'claimUntil', 'budgetFen'] as const) {
          if (body[field] !== undefined)
            ctx.addIssue({ code: 'custom', path: [field], message: 'only claim campaigns have it' });
        }
      }
      if (body.kind === 'claim') {
        if (body.scheduleAt !== undefined)
          ctx.addIssue({ code: 'custom', path: ['scheduleAt'], message: 'a claim campaign opens with claimFrom' });
        if (body.claimFrom && body.claimUntil && Date.parse(body.claimFrom) >= Date.parse(body.claimUntil)) {
          ctx.addIssue({ code: 'custom', path: ['claimUntil'], message: 'claimUntil must be after claimFrom' });
        }
      }
    }),
);
export type CampaignRequest = z.infer<typeof campaignRequest>;

export const campaignStats = lazySchema(() =>
  z.object({
    targeted: z.number().int(),
    issued: z.number().int(),
    claimed: z.number().int(),
    redeemed: z.number().int(),
    /** redeemed / issued (0 when nothing was issued). */
    redemptionRate: z.number(),
    discountFen: z.number().int(),
    salesFen: z.number().int(),
  }),
);
export type CampaignStats = z.infer<typeof campaignStats>;

export const campaignView = lazySchema(() =>
  z.object({
    campaignId: z.string(),
    name: z.string(),
    kind: campaignKind,
    templateId: z.string(),
    template: couponTemplateView.pick({
      title: true,
      type: true,
      valueFen: true,
      percent: true,
      maxDiscountFen: true,
      minSpendFen: true,
      giftName: true,
    }),
    audience: audienceSchema,
    status: campaignStatus,
    scheduleAt: z.string().nullable(),
    notify: z.boolean(),
    stock: z.number().int().nullable(),
    perMemberLimit: z.number().int(),
    claimFrom: z.string().nullable(),
    claimUntil: z.string().nullable(),
    budgetFen: z.number().int().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    launchedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    stats: campaignStats,
    /** Push dispatch: member shards done out of all (null until launched). */
    progress: z.object({ shardsDone: z.number().int(), shards: z.number().int() }).nullable(),
  }),
);
export type CampaignView = z.infer<typeof campaignView>;
export const campaignParams = lazySchema(() => z.object({ campaignId: z.string().min(1).max(64) }));
export const campaignsResponse = lazySchema(() =>
  z.object({ items: z.array(campaignView), nextCursor: z.string().nullable() }),
);

export const couponCenterEntry = lazySchema(() =>
  z.object({
    campaignId: z.string(),
    title: z.string(),
    template: couponTemplateView.pick({
      title: true,
      description: true,
      type: true,
      valueFen: true,
      percent: true,
      maxDiscountFen: true,
      minSpendFen: true,
      giftName: true,
      validity: true,
      storeIds: true,
    }),
    remaining: z.number().int().nullable(),
    claimFrom: z.string().nullable(),
    claimUntil: z.string().nullable(),
    claimedByMe: z.number().int(),
    perMemberLimit: z.number().int(),
    claimable: z.boolean(),
    /** Why not: STOCK_EXHAUSTED, LIMIT_REACHED, CLAIM_WINDOW_CLOSED. */
    reason: z.string().nullable(),
    /** The names of the template's stores, by store id. */
    storeNames: storeNamesView,
  }),
);
export type CouponCenterEntry = z.infer<typeof couponCenterEntry>;
export const couponCenterResponse = lazySchema(() => z.array(couponCenterEntry));
export const claimResponse = lazySchema(() => z.object({ coupon: couponView }));
