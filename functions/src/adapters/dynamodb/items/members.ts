import { lazySchema } from '@app/shared';
import * as z from 'zod';
import { paidPlanHeld } from '@app/shared';

/** Members as stored: the member item (the hot state), its lots, ledger, level changes and entitlements. */

export const purchaseMonths = lazySchema(() =>
  z.record(z.string(), z.object({ n: z.number().int(), fen: z.number().int() })).default({}),
);

export const memberItem = lazySchema(() =>
  z.object({
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
    /** The same points by expiry instant (shared `PointsByExpiry`): it names the member's lots with points left. */
    pointsByExpiry: z.record(z.string(), z.number().int()).default({}),
    pointsDebt: z.number().int(),
    /** Σ points of the member's pending rewards (待到账): shown on the card, never in the balance. */
    pendingPoints: z.number().int().default(0),
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
      .object({
        date: z.string(),
        streak: z.number().int(),
        cycleDay: z.number().int(),
        points: z.number().int(),
        growth: z.number().int(),
        bonus: z.number().int(),
      })
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
    /** Σ principal and Σ bonus of the wallet lots (储值): the balance is their sum, never below zero. */
    walletPrincipalFen: z.number().int().default(0),
    walletBonusFen: z.number().int().default(0),
    /** The wallet lots with money left (shared `HeldWalletLots`): a payment or a top-up reads no lots. */
    walletLots: z
      .record(
        z.string(),
        z.object({ principalFen: z.number().int(), bonusFen: z.number().int(), at: z.string(), source: z.string() }),
      )
      .default({}),
    /** Top-up principal per program-time month `YYYY-MM` (net of refunds): the 储值会员 levels' rolling 12 months. */
    topupsByMonth: z.record(z.string(), z.number().int()).default({}),
    /** The paid membership held (付费会员): its counter benefits as bought, and its end (renewals stack on it). */
    paidPlan: paidPlanHeld.nullable().default(null),
    version: z.number().int(),
  }),
);
export type MemberRecord = z.infer<typeof memberItem>;

export const lotItem = lazySchema(() =>
  z.object({
    memberId: z.string(),
    lotId: z.string(),
    earnedAt: z.string(),
    expiresAt: z.string().nullable(),
    remaining: z.number().int(),
    initial: z.number().int(),
    source: z.string(),
    expired: z.boolean().default(false),
  }),
);
export type LotRecord = z.infer<typeof lotItem>;

export const ledgerItem = lazySchema(() =>
  z.object({
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
    by: z.object({
      kind: z.enum(['member', 'staff', 'marketer', 'system']),
      id: z.string(),
      storeId: z.string().optional(),
    }),
    at: z.string(),
    lotId: z.string().optional(),
    expiresAt: z.string().nullable().optional(),
    takes: z.record(z.string(), z.number().int()).optional(),
    /** A reward that waits (待到账): what it pays on release; its state moves to released or cancelled. */
    pending: z.object({ points: z.number().int(), growth: z.number().int() }).optional(),
    status: z.enum(['pending', 'released', 'cancelled']).optional(),
    releasesAt: z.string().optional(),
  }),
);
export type LedgerRecord = z.infer<typeof ledgerItem>;

export const entitlementItem = lazySchema(() =>
  z.object({
    entitlementId: z.string(),
    memberId: z.string(),
    kind: z.literal('upgrade-gift-coupon'),
    levelCode: z.string(),
    couponTitle: z.string(),
    status: z.enum(['pending', 'issued', 'revoked']),
    at: z.string(),
    ref: z.object({ kind: z.string(), id: z.string() }),
    couponId: z.string().nullable().default(null),
  }),
);
export type EntitlementRecord = z.infer<typeof entitlementItem>;

export const levelChangeItem = lazySchema(() =>
  z.object({
    memberId: z.string(),
    at: z.string(),
    from: z.string().nullable(),
    to: z.string(),
    reason: z.string(),
  }),
);
export type LevelChangeRecord = z.infer<typeof levelChangeItem>;
