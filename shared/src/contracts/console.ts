import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { businessDate, cursorParam, isoTimestamp, storeNamesView } from './common';
import { freeText } from './text';
import { audienceMember } from './campaigns';
import { couponView } from './coupons';
import { orderView } from './mall';
import { ledgerEntryView } from './points';
import { programSettings } from '../program/settings';
import { salesExportReports } from './sales-analytics';
import { paidPlanHeld, planAnalytics, punchCardView } from './plans';
import { member360Wallet, storedValueOverview } from './wallet';
import { segmentCode } from './tags';

/** The marketer console (issue 7): analytics, member search and 360, program versions, audit log (tags: tags.ts). */

// ---- analytics ----------------------------------------------------------------------------------------------

export const MAX_RANGE_DAYS = 366;

/** `from`/`to` are business days, both included; omitted = the last 30 days up to today (program time). */
export const analyticsRangeQuery = lazySchema(() =>
  z.object({ from: businessDate.optional(), to: businessDate.optional() }).superRefine((range, ctx) => {
    if (range.from && range.to && range.from > range.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is before from' });
  }),
);
export type AnalyticsRangeQuery = z.infer<typeof analyticsRangeQuery>;

export const dailyFigures = lazySchema(() =>
  z.object({
    date: businessDate,
    newMembers: z.number().int(),
    checkins: z.number().int(),
    purchases: z.number().int(),
    salesFen: z.number().int(),
    refundsFen: z.number().int(),
    pointsIssued: z.number().int(),
    pointsRedeemed: z.number().int(),
    pointsExpired: z.number().int(),
  }),
);
export type DailyFigures = z.infer<typeof dailyFigures>;

export const storeFigures = lazySchema(() =>
  z.object({
    storeId: z.string(),
    name: z.string(),
    purchases: z.number().int(),
    salesFen: z.number().int(),
    refundsFen: z.number().int(),
  }),
);
export const storeDayFigures = lazySchema(() =>
  z.object({
    date: businessDate,
    storeId: z.string(),
    purchases: z.number().int(),
    salesFen: z.number().int(),
  }),
);

export const campaignFunnel = lazySchema(() =>
  z.object({
    campaignId: z.string(),
    name: z.string(),
    kind: z.enum(['push', 'claim']),
    status: z.string(),
    targeted: z.number().int(),
    issued: z.number().int(),
    redeemed: z.number().int(),
    /** redeemed / issued, 0 when nothing was issued. */
    redemptionRate: z.number(),
    discountFen: z.number().int(),
    salesFen: z.number().int(),
  }),
);

export const referralRank = lazySchema(() =>
  z.object({
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    rewarded: z.number().int(),
    invited: z.number().int(),
  }),
);

export const churnMember = lazySchema(() =>
  audienceMember.extend({
    lastPurchaseAt: z.string().nullable(),
    purchaseCount: z.number().int(),
  }),
);

export const analyticsOverview = lazySchema(() =>
  z.object({
    from: businessDate,
    to: businessDate,
    members: z.object({
      total: z.number().int(),
      withPurchase: z.number().int(),
      /** withPurchase / total (0..1). */
      purchaseShare: z.number(),
      newInRange: z.number().int(),
      byLevel: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
    }),
    daily: z.array(dailyFigures),
    stores: z.array(storeFigures),
    storeDaily: z.array(storeDayFigures),
    points: z.object({
      /** Σ remaining of unexpired lots: what the program owes its members. */
      outstanding: z.number().int(),
      debt: z.number().int(),
      issued: z.number().int(),
      redeemed: z.number().int(),
      expired: z.number().int(),
      /** Points whose lots expire in the next 30 / 60 / 90 days (from tomorrow, program time). */
      expiring: z.object({ days30: z.number().int(), days60: z.number().int(), days90: z.number().int() }),
    }),
    campaigns: z.array(campaignFunnel),
    churn: z.object({
      count: z.number().int(),
      sample: z.array(churnMember),
      audience: z.object({ segments: z.array(z.string()) }),
    }),
    referrals: z.array(referralRank),
    /** 付费会员与次卡 (issue 17): always sent; the dashboard shows no section where it is missing. */
    plans: planAnalytics.optional(),
    /** When the statistics last caught up with the table's changes (null before the first batch). */
    freshAt: isoTimestamp.nullable(),
    storedValue: storedValueOverview,
  }),
);
export type AnalyticsOverview = z.infer<typeof analyticsOverview>;

export const exportReports = [
  'daily',
  'stores',
  'levels',
  'expiry',
  'campaigns',
  'churn',
  'referrals',
  ...salesExportReports,
] as const;
export const exportQuery = lazySchema(() =>
  z
    .object({ report: z.enum(exportReports), from: businessDate.optional(), to: businessDate.optional() })
    .superRefine((range, ctx) => {
      if (range.from && range.to && range.from > range.to)
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'to is before from' });
    }),
);
export type ExportQuery = z.infer<typeof exportQuery>;

// ---- members ------------------------------------------------------------------------------------------------

export const memberSearchQuery = lazySchema(() =>
  z.object({
    // Without q: the members who joined last, newest first, page by page (issue 18).
    q: freeText({ max: 40 }).optional(),
    cursor: cursorParam,
    limit: z.coerce.number().int().min(1).max(50).default(20),
  }),
);
export const memberSummary = lazySchema(() =>
  z.object({
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    phoneMasked: z.string().nullable(),
    levelCode: z.string(),
    levelName: z.string(),
    points: z.number().int(),
    joinedAt: z.string(),
    lastPurchaseAt: z.string().nullable(),
  }),
);
export type MemberSummary = z.infer<typeof memberSummary>;
export const memberSearchResponse = lazySchema(() =>
  z.object({
    items: z.array(memberSummary),
    matchedBy: z.enum(['memberNo', 'phone', 'nickname', 'recent', 'none']),
    nextCursor: z.string().nullable().default(null),
  }),
);

export const member360 = lazySchema(() =>
  z.object({
    profile: memberSummary.extend({
      birthday: z.string().nullable(),
      homeStoreId: z.string().nullable(),
      referrerId: z.string().nullable(),
      growth: z.number().int(),
      pointsDebt: z.number().int(),
      stamps: z.number().int(),
      purchaseCount: z.number().int(),
      checkinCount: z.number().int(),
      referralsRewarded: z.number().int(),
    }),
    levelHistory: z.array(
      z.object({
        from: z.string().nullable(),
        to: z.string(),
        at: z.string(),
        reason: z.string(),
        fromName: z.string().nullable(),
        toName: z.string(),
      }),
    ),
    ledger: z.array(ledgerEntryView),
    coupons: z.array(couponView),
    /** The names of the stores the profile and purchases name, by store id. */
    storeNames: storeNamesView,
    orders: z.array(orderView),
    purchases: z.array(
      z.object({
        purchaseId: z.string(),
        storeId: z.string(),
        receiptNo: z.string(),
        at: z.string(),
        amountFen: z.number().int(),
        payableFen: z.number().int(),
        points: z.number().int(),
        refundedFen: z.number().int(),
        /** The program settings version the purchase earned under (null: recorded before versions were kept). */
        programVersion: z.number().int().nullable(),
      }),
    ),
    tags: z.array(z.string()),
    segments: z.array(segmentCode),
    badges: z.array(z.object({ code: z.string(), at: z.string() })),
    /** 付费会员 held (its end may have passed) and punch cards (issue 17). */
    paidPlan: paidPlanHeld.nullable().optional(),
    punchCards: z.array(punchCardView).optional(),
    wallet: member360Wallet,
  }),
);
export type Member360 = z.infer<typeof member360>;

// ---- program settings ---------------------------------------------------------------------------------------

export const programVersionView = lazySchema(() =>
  z.object({
    version: z.number().int(),
    effectiveAt: z.string(),
    createdBy: z.string(),
    settings: programSettings,
  }),
);
export const programResponse = lazySchema(() =>
  z.object({
    current: programVersionView,
    /** Versions already saved that take effect later. */
    upcoming: z.array(programVersionView),
    history: z.array(programVersionView.omit({ settings: true })),
  }),
);

// ---- audit log ----------------------------------------------------------------------------------------------

export const auditQuery = lazySchema(() =>
  z.object({
    cursor: cursorParam,
    limit: z.coerce.number().int().min(1).max(100).default(30),
  }),
);
export const auditEntryView = lazySchema(() =>
  z.object({
    auditId: z.string(),
    at: z.string(),
    /** `marketer:<openid>`; the labels name actor and target as a person would (never an openid), null if nameless. */
    actor: z.string(),
    actorLabel: z.string().nullable().optional(),
    action: z.string(),
    target: z.object({ kind: z.string(), id: z.string() }),
    targetLabel: z.string().nullable().optional(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  }),
);
export const auditResponse = lazySchema(() =>
  z.object({ items: z.array(auditEntryView), nextCursor: z.string().nullable() }),
);
