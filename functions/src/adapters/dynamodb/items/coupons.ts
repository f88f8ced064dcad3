import { lazySchema } from '@app/shared';
import * as z from 'zod';
import { audienceSchema, couponTemplateView, couponView } from '@app/shared';
import { purchaseMonths } from './members';

/** Coupon templates, members' coupons, campaigns, their dispatch state and the member directory audiences read. */

export const couponTemplateRecord = couponTemplateView;
export type CouponTemplateRecord = z.infer<typeof couponTemplateRecord>;

/** A member's coupon: the template's terms copied at issue, its window, its state. Expiry is derived when read. */
export const couponRecord = lazySchema(() =>
  couponView.omit({ storeNames: true }).extend({
    memberId: z.string(),
    memberNo: z.string(),
    status: z.enum(['available', 'used', 'revoked']),
    sourceId: z.string(),
    usedPurchaseId: z.string().nullable(),
    discountFen: z.number().int().nullable(),
  }),
);
export type CouponRecord = z.infer<typeof couponRecord>;

export const campaignRecord = lazySchema(() =>
  z.object({
    campaignId: z.string(),
    name: z.string(),
    kind: z.enum(['push', 'claim']),
    templateId: z.string(),
    audience: audienceSchema,
    status: z.enum(['draft', 'scheduled', 'dispatching', 'active', 'completed', 'cancelled']),
    scheduleAt: z.string().nullable(),
    notify: z.boolean(),
    stock: z.number().int().nullable(),
    perMemberLimit: z.number().int(),
    claimFrom: z.string().nullable(),
    claimUntil: z.string().nullable(),
    budgetFen: z.number().int().nullable(),
    /** Claim campaigns: coupons claimed and their face value, moved only with `claimed < stock` and the budget. */
    claimed: z.number().int(),
    spentFen: z.number().int(),
    createdAt: z.string(),
    createdBy: z.string(),
    launchedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
  }),
);
export type CampaignRecord = z.infer<typeof campaignRecord>;

/** Where a push campaign's dispatch stands: per member shard the last key done (or done), and its counts. */
export const dispatchRecord = lazySchema(() =>
  z.object({
    campaignId: z.string(),
    shards: z.record(z.string(), z.union([z.literal('done'), z.string()])),
    targeted: z.number().int(),
    issued: z.number().int(),
  }),
);
export type DispatchRecord = z.infer<typeof dispatchRecord>;

/** A member as the audience filters see them (the projection of the member directory index). */
export const directoryEntry = lazySchema(() =>
  z.object({
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    levelCode: z.string(),
    joinedAt: z.string(),
    birthday: z.string().nullable(),
    lastPurchaseAt: z.string().nullable().default(null),
    purchaseCount: z.number().int().default(0),
    purchasesByMonth: purchaseMonths,
    lotPoints: z.number().int().default(0),
    pointsDebt: z.number().int().default(0),
    homeStoreId: z.string().nullable().default(null),
  }),
);
export type DirectoryEntry = z.infer<typeof directoryEntry>;
