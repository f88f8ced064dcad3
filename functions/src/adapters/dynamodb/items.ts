import * as z from 'zod';
import { adminMallItemView, audienceSchema, couponTemplateView, couponView, programSettings, promotionView } from '@app/shared';

const purchaseMonths = z.record(z.string(), z.object({ n: z.number().int(), fen: z.number().int() })).default({});

/** Items as read back from the table, checked with zod so a malformed item fails loudly, not silently. */
export const memberItem = z.object({
  memberId: z.string(),
  memberNo: z.string(),
  openid: z.string(),
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  birthday: z.string().nullable(),
  phone: z.string().nullable(),
  joinedAt: z.string(),
  referralCode: z.string(),
  referrerId: z.string().nullable(),
  homeStoreId: z.string().nullable(),
  levelCode: z.string(),
  levelHeldSince: z.string(),
  growthLifetime: z.number().int(),
  /** Growth per program-time month `YYYY-MM`: the buckets behind qualifying growth. */
  growthByMonth: z.record(z.string(), z.number().int()),
  /** Σ remaining of the lots not yet marked expired; the balance is lotPoints − pointsDebt. */
  lotPoints: z.number().int().default(0),
  pointsDebt: z.number().int(),
  stamps: z.number().int(),
  /** Level → program-time year of the last upgrade gift: one gift per level per year. */
  giftsGiven: z.record(z.string(), z.number().int()).default({}),
  lastUpgrade: z
    .object({
      from: z.string(),
      to: z.string(),
      at: z.string(),
      previousHeldSince: z.string(),
      giftPoints: z.number().int(),
      giftLotId: z.string().nullable(),
      giftYear: z.number().int().nullable(),
      entitlementId: z.string().nullable(),
    })
    .nullable()
    .default(null),
  purchaseCount: z.number().int().default(0),
  lastPurchaseAt: z.string().nullable().default(null),
  /** Purchases and net spend (fen) per program-time month `YYYY-MM`, 13 months kept: the RFM segments' facts. */
  purchasesByMonth: purchaseMonths,
  /** The 1st of the month of the next level review that can lower the level (null at the first level). */
  reviewDue: z.string().nullable().default(null),
  /** Check-ins per month as bit sets (bit d−1 = day d), makeups used per month, and the latest result. */
  checkinMonths: z.record(z.string(), z.number().int()).default({}),
  makeupsByMonth: z.record(z.string(), z.number().int()).default({}),
  checkinCount: z.number().int().default(0),
  bestStreak: z.number().int().default(0),
  lastCheckin: z
    .object({ date: z.string(), streak: z.number().int(), cycleDay: z.number().int(), points: z.number().int(), growth: z.number().int(), bonus: z.number().int() })
    .nullable()
    .default(null),
  /** Task code → when it was paid; badge code → when it was awarded. Each once. */
  tasksDone: z.record(z.string(), z.string()).default({}),
  badges: z.record(z.string(), z.string()).default({}),
  nicknameSet: z.boolean().default(false),
  referralsInvited: z.number().int().default(0),
  referralsRewarded: z.number().int().default(0),
  referralPoints: z.number().int().default(0),
  redemptions: z.number().int().default(0),
  checkinReminder: z.boolean().default(false),
  version: z.number().int(),
});
export type MemberRecord = z.infer<typeof memberItem>;

export const lotItem = z.object({
  memberId: z.string(),
  lotId: z.string(),
  earnedAt: z.string(),
  expiresAt: z.string().nullable(),
  remaining: z.number().int(),
  initial: z.number().int(),
  source: z.string(),
  expired: z.boolean().default(false),
});
export type LotRecord = z.infer<typeof lotItem>;

export const ledgerItem = z.object({
  memberId: z.string(),
  entryId: z.string(),
  type: z.enum(['earn', 'spend', 'refund', 'reverse', 'expire', 'adjust', 'bonus']),
  points: z.number().int(),
  growth: z.number().int(),
  growthMonth: z.string().nullable(),
  balanceAfter: z.number().int(),
  reasonCode: z.string(),
  reason: z.string(),
  ref: z.object({ kind: z.string(), id: z.string() }).nullable(),
  by: z.object({ kind: z.enum(['member', 'staff', 'marketer', 'system']), id: z.string(), storeId: z.string().optional() }),
  at: z.string(),
  lotId: z.string().optional(),
  expiresAt: z.string().nullable().optional(),
  takes: z.record(z.string(), z.number().int()).optional(),
});
export type LedgerRecord = z.infer<typeof ledgerItem>;

const levelChangeRef = z.object({ from: z.string(), to: z.string() }).nullable();

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

export const purchaseItem = z.object({
  ...counterFields,
  amountFen: z.number().int(),
  levelDiscountFen: z.number().int(),
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
});
export type PurchaseRecord = z.infer<typeof purchaseItem>;

export const refundItem = z.object({
  ...counterFields,
  refundId: z.string(),
  refundedFen: z.number().int(),
  pointsReversed: z.number().int(),
  growthReversed: z.number().int(),
  debtCreated: z.number().int(),
  levelChange: levelChangeRef,
  couponsRestored: z.array(z.string()),
});
export type RefundRecord = z.infer<typeof refundItem>;

export const mallItemRecord = adminMallItemView.omit({ minLevelName: true }).extend({ createdBy: z.string() });
export type MallItemRecord = z.infer<typeof mallItemRecord>;

export const orderRecord = z.object({
  orderId: z.string(),
  memberId: z.string(),
  memberNo: z.string(),
  nickname: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  image: z.string().nullable(),
  kind: z.enum(['goods', 'coupon']),
  quantity: z.number().int(),
  points: z.number().int(),
  cashFen: z.number().int(),
  /** Whether the order took a unit of counted stock (so a cancellation puts it back). */
  stocked: z.boolean(),
  status: z.enum(['awaiting_pickup', 'completed', 'cancelled']),
  pickupCode: z.string().nullable(),
  pickupBy: z.string().nullable(),
  couponIds: z.array(z.string()),
  /** The lots the points came from (lotId → points): a cancellation puts them back there. */
  takes: z.record(z.string(), z.number().int()),
  createdAt: z.string(),
  fulfilledAt: z.string().nullable(),
  fulfilledStoreId: z.string().nullable(),
  fulfilledBy: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.enum(['member', 'expired']).nullable(),
  pointsRestored: z.number().int(),
  pointsExpiredOnReturn: z.number().int(),
});
export type OrderRecord = z.infer<typeof orderRecord>;

export const couponTemplateRecord = couponTemplateView;
export type CouponTemplateRecord = z.infer<typeof couponTemplateRecord>;

/** A member's coupon: the template's terms copied at issue, its window, its state. Expiry is derived when read. */
export const couponRecord = couponView.extend({
  memberId: z.string(),
  memberNo: z.string(),
  status: z.enum(['available', 'used', 'revoked']),
  sourceId: z.string(),
  usedPurchaseId: z.string().nullable(),
  discountFen: z.number().int().nullable(),
});
export type CouponRecord = z.infer<typeof couponRecord>;

export const campaignRecord = z.object({
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
});
export type CampaignRecord = z.infer<typeof campaignRecord>;

/** Where a push campaign's dispatch stands: per member shard the last key done (or done), and its counts. */
export const dispatchRecord = z.object({
  campaignId: z.string(),
  shards: z.record(z.string(), z.union([z.literal('done'), z.string()])),
  targeted: z.number().int(),
  issued: z.number().int(),
});
export type DispatchRecord = z.infer<typeof dispatchRecord>;

/** A member as the audience filters see them (the projection of the member directory index). */
export const directoryEntry = z.object({
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
});
export type DirectoryEntry = z.infer<typeof directoryEntry>;

/** A promotion is stored as the marketer sees it. */
export const promotionItem = promotionView;
export type PromotionRecord = z.infer<typeof promotionItem>;

export const entitlementItem = z.object({
  entitlementId: z.string(),
  memberId: z.string(),
  kind: z.literal('upgrade-gift-coupon'),
  levelCode: z.string(),
  couponTitle: z.string(),
  status: z.enum(['pending', 'issued', 'revoked']),
  at: z.string(),
  ref: z.object({ kind: z.string(), id: z.string() }),
  couponId: z.string().nullable().default(null),
});
export type EntitlementRecord = z.infer<typeof entitlementItem>;

export const auditItem = z.object({
  auditId: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.object({ kind: z.string(), id: z.string() }),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditRecord = z.infer<typeof auditItem>;

export const identityItem = z.discriminatedUnion('role', [
  z.object({ role: z.literal('member'), openid: z.string(), memberId: z.string() }),
  z.object({
    role: z.literal('staff'),
    openid: z.string(),
    storeId: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
  }),
  z.object({ role: z.literal('marketer'), openid: z.string(), createdAt: z.string(), createdBy: z.string() }),
]);
export type IdentityRecord = z.infer<typeof identityItem>;
export type AccountRecord = Exclude<IdentityRecord, { role: 'member' }>;

export const storeItem = z.object({ storeId: z.string(), name: z.string(), city: z.string() });
export type StoreRecord = z.infer<typeof storeItem>;

export const programVersionItem = z.object({
  version: z.number().int(),
  effectiveAt: z.string(),
  settings: programSettings,
  createdBy: z.string(),
});
export type ProgramVersionRecord = z.infer<typeof programVersionItem>;

export const levelChangeItem = z.object({
  memberId: z.string(),
  at: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  reason: z.string(),
});
export type LevelChangeRecord = z.infer<typeof levelChangeItem>;

export const idempotencyItem = z.object({
  requestHash: z.string(),
  state: z.enum(['pending', 'done']),
  leaseUntil: z.number(),
  expiresAt: z.number(),
  response: z.object({ statusCode: z.number().int(), body: z.string() }).optional(),
});
export type IdempotencyRecord = z.infer<typeof idempotencyItem>;

/** Strips the key attributes before parsing an item with its schema. */
export function parseItem<T>(schema: z.ZodType<T>, item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  return schema.parse(item);
}
