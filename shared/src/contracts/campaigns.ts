/** Campaigns (api.md "Marketer"): audiences, push and claim campaigns, the 领券中心 and a claim's answer. */
import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_CAMPAIGN_STOCK, MAX_MEMBER_NOS, MAX_PER_MEMBER_LIMIT, MAX_VALIDITY_DAYS } from './limits';
import { freeText } from './text';
import { businessDate, isoTimestamp, storeIdSchema, storeNamesView } from './common';
import { couponTemplateView, couponView } from './coupons';

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
