/**
 * Key builders for the single table: generic pk/sk/gsi attributes holding `ENTITY#id` values.
 * The access patterns they serve are listed in infra/README.md; tests import these to find items.
 * Every `ENTITY#` is spelled once, in `P` (key-prefixes.ts): the item keys here and in keys-money.ts and the
 * queries in queries.ts build on it.
 */
export { P } from './key-prefixes';
import { P } from './key-prefixes';
import { moneyKeys } from './keys-money';

export const keys = {
  ...moneyKeys,
  program: () => ({ pk: P.program }),
  programVersion: (effectiveAt: string, version: number) => ({
    pk: P.program,
    sk: `${P.version}${effectiveAt}#${String(version).padStart(6, '0')}`,
  }),
  /** The latest version number allocated: moved in the transaction that saves a version, so numbers never repeat. */
  programHead: () => ({ pk: P.program, sk: 'HEAD' }),
  store: (storeId: string) => ({ pk: `${P.store}${storeId}`, sk: 'META' }),
  storeIndex: (storeId: string) => ({ gsi1pk: P.stores, gsi1sk: storeId }),
  identity: (openid: string) => ({ pk: `OPENID#${openid}`, sk: 'IDENTITY' }),
  /** A staff invitation by its one-time code (kept a week past its 24 h for the audit's sake, then TTL). */
  invitation: (code: string) => ({ pk: `${P.invitation}${code}`, sk: 'INVITATION' }),
  /** A product of the brand's list (SKU catalog), in one partition: the list is bounded (MAX_PRODUCTS). */
  product: (sku: string) => ({ pk: P.products, sk: sku }),
  accountIndex: (role: string, openid: string) => ({ gsi1pk: P.accounts, gsi1sk: `${role}#${openid}` }),
  member: (memberId: string) => ({ pk: `${P.member}${memberId}`, sk: 'PROFILE' }),
  memberByNoIndex: (memberNo: string) => ({ gsi1pk: `MEMBERNO#${memberNo}`, gsi1sk: 'MEMBER' }),
  /** Coupons and punch cards beside the member in its memberNo partition: the counter's scan is one Query. */
  heldByMemberNoIndex: (memberNo: string, sk: string) => ({ gsi1pk: `MEMBERNO#${memberNo}`, gsi1sk: sk }),
  /** Member search by nickname prefix: lower-cased nickname, sharded so registrations never make one hot partition. */
  /** 会员查询 before anything is typed (issue 18): every member under one partition, by registration time. */
  joinedIndex: (registeredAt: string, memberId: string) => ({ pk: P.joined, sk: `${registeredAt}#${memberId}` }),
  nicknameIndex: (memberId: string, nickname: string) => ({
    pk: `${P.nickname}${shardOf(memberId, NICKNAME_SHARDS)}`,
    sk: `${searchableNickname(nickname)}#${memberId}`,
  }),
  /** Member search by phone: one item per member holding that number (a number may be bound by more than one member). */
  phoneIndex: (phone: string, memberId: string) => ({ pk: `${P.phone}${phone}`, sk: `${P.member}${memberId}` }),
  memberNoMarker: (memberNo: string) => ({ pk: `MEMBERNO#${memberNo}`, sk: 'UNIQUE' }),
  referralCodeMarker: (code: string) => ({ pk: `REFCODE#${code}`, sk: 'UNIQUE' }),
  levelChange: (memberId: string, at: string, seq: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.levelChange}${at}#${seq}`,
  }),
  idempotency: (scope: string) => ({ pk: `IDEMP#${scope}`, sk: 'IDEMP' }),
  lot: (memberId: string, lotId: string) => ({ pk: `${P.member}${memberId}`, sk: `${P.lot}${lotId}` }),
  /** Sparse: only lots with points left carry it, sorted by expiry — the order points are spent in. */
  activeLotIndex: (memberId: string, expiresAt: string | null, lotId: string) => ({
    gsi1pk: `${P.activeLots}${memberId}`,
    gsi1sk: `${expiresAt ?? '9999'}#${lotId}`,
  }),
  /** Sparse: lots with points left, by the business date they expire, sharded so no partition is hot. */
  lotExpiryIndex: (expiryDate: string, memberId: string, lotId: string) => ({
    gsi2pk: `${P.lotExpiry}${expiryDate}#${shardOf(memberId, LOT_EXPIRY_SHARDS)}`,
    gsi2sk: `${memberId}#${lotId}`,
  }),
  checkin: (memberId: string, date: string) => ({ pk: `${P.member}${memberId}`, sk: `CHECKIN#${date}` }),
  referral: (referrerId: string, inviteeId: string) => ({
    pk: `${P.member}${referrerId}`,
    sk: `REFERRAL#${inviteeId}`,
  }),
  pendingReferralIndex: (at: string, inviteeId: string) => ({
    gsi2pk: P.pendingReferrals,
    gsi2sk: `${at}#${inviteeId}`,
  }),
  /** A reward that waits for its purchase's refund window (待到账); the id names the purchase and the kind of reward. */
  pendingReward: (memberId: string, rewardId: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.pendingReward}${rewardId}`,
  }),
  /** Sparse: rewards still pending, by the time they arrive, sharded; the release job walks what is due. */
  pendingDueIndex: (releasesAt: string, memberId: string, rewardId: string) => ({
    gsi2pk: `${P.pendingDue}${shardOf(memberId, PENDING_DUE_SHARDS)}`,
    gsi2sk: `${releasesAt}#${memberId}#${rewardId}`,
  }),
  referralYear: (referrerId: string, year: number) => ({ pk: `${P.member}${referrerId}`, sk: `REFCOUNT#${year}` }),
  reminderSubscription: (template: string, memberId: string) => ({
    pk: `${P.reminders}${template}#${shardOf(memberId, REMINDER_SHARDS)}`,
    sk: memberId,
  }),
  outbox: (date: string, messageId: string) => ({ pk: `${P.outbox}${date}`, sk: messageId }),
  /** Sparse: messages not yet sent, skipped or failed, oldest first, sharded by member; the sender walks it. */
  outboxDueIndex: (createdAt: string, date: string, messageId: string, memberId: string) => ({
    gsi2pk: `${P.outboxDue}${shardOf(memberId, OUTBOX_DUE_SHARDS)}`,
    gsi2sk: `${createdAt}#${date}#${messageId}`,
  }),
  /** The member's unspent acceptances of one subscribe-message template. */
  subscription: (memberId: string, templateKey: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.subscription}${templateKey}`,
  }),
  /** 积分即将过期 was written for this member and expiry date (once, whichever run wrote it). */
  expiryNotice: (memberId: string, expiryDate: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.expiryNotice}${expiryDate}`,
  }),
  purchase: (purchaseId: string) => ({ pk: `${P.purchase}${purchaseId}`, sk: 'META' }),
  refund: (purchaseId: string, refundId: string) => ({
    pk: `${P.purchase}${purchaseId}`,
    sk: `${P.refund}${refundId}`,
  }),
  memberPurchaseIndex: (memberId: string, at: string, purchaseId: string) => ({
    gsi1pk: `${P.memberPurchases}${memberId}`,
    gsi1sk: `${at}#${purchaseId}`,
  }),
  /** The store's counter activity of one business day: purchases, refunds, hand-outs (`kind` names which). */
  storeDayIndex: (storeId: string, date: string, at: string, kind: 'purchase' | 'refund' | 'order', id: string) => ({
    gsi2pk: `${P.storeDay}${storeId}#${date}`,
    gsi2sk: `${at}#${P[kind]}${id}`,
  }),
  receiptMarker: (storeId: string, receiptNo: string) => ({ pk: `RECEIPT#${storeId}#${receiptNo}`, sk: 'UNIQUE' }),
  memberCodeUse: (memberNo: string, expiresAtSeconds: number, nonce: string) => ({
    pk: `CODEUSE#${memberNo}#${expiresAtSeconds}#${nonce}`,
    sk: 'UNIQUE',
  }),
  promotion: (promotionId: string) => ({ pk: `PROMO#${promotionId}`, sk: 'META' }),
  /** Counts every change of any promotion: a container's cached list is good while this has not moved. */
  promotionsStamp: () => ({ pk: P.promotions, sk: 'STAMP' }),
  promotionIndex: (endsAt: string, promotionId: string) => ({
    gsi1pk: P.promotions,
    gsi1sk: `${endsAt}#${promotionId}`,
  }),
  entitlement: (memberId: string, entitlementId: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.entitlement}${entitlementId}`,
  }),
  pendingEntitlementIndex: (at: string, entitlementId: string) => ({
    gsi2pk: P.pendingEntitlements,
    gsi2sk: `${at}#${entitlementId}`,
  }),
  mallItem: (itemId: string) => ({ pk: `ITEM#${itemId}`, sk: 'META' }),
  /** The whole catalog is one small partition of the index, in display order. */
  mallIndex: (sortOrder: number, itemId: string) => ({
    gsi1pk: P.mall,
    gsi1sk: `${String(sortOrder).padStart(4, '0')}#${itemId}`,
  }),
  /** Units of an item the member holds in orders that were not cancelled: the per-member limit, inside the write. */
  itemCount: (memberId: string, itemId: string) => ({ pk: `${P.member}${memberId}`, sk: `${P.itemCount}${itemId}` }),
  order: (orderId: string) => ({ pk: `${P.order}${orderId}`, sk: 'META' }),
  memberOrderIndex: (memberId: string, at: string, orderId: string) => ({
    gsi1pk: `${P.memberOrders}${memberId}`,
    gsi1sk: `${at}#${orderId}`,
  }),
  /** Sparse: orders awaiting pickup, by deadline, sharded; on hand-out the order moves to the store's day instead. */
  orderDueIndex: (orderId: string, pickupBy: string) => ({
    gsi2pk: `${P.ordersDue}${shardOf(orderId, ORDER_DUE_SHARDS)}`,
    gsi2sk: `${pickupBy}#${orderId}`,
  }),
  pickupCode: (code: string) => ({ pk: `PICKUP#${code}`, sk: 'UNIQUE' }),
  couponTemplate: (templateId: string) => ({ pk: `TEMPLATE#${templateId}`, sk: 'META' }),
  couponTemplateIndex: (createdAt: string, templateId: string) => ({
    gsi1pk: P.templates,
    gsi1sk: `${createdAt}#${templateId}`,
  }),
  /** The coupon is its own uniqueness marker: automatic and campaign coupons have ids fixed by their occasion. */
  coupon: (memberId: string, couponId: string) => ({ pk: `${P.member}${memberId}`, sk: `${P.coupon}${couponId}` }),
  campaign: (campaignId: string) => ({ pk: `${P.campaign}${campaignId}`, sk: 'META' }),
  campaignIndex: (createdAt: string, campaignId: string) => ({
    gsi1pk: P.campaigns,
    gsi1sk: `${createdAt}#${campaignId}`,
  }),
  /** Sparse: claim campaigns open to claiming, and push campaigns waiting for (or in) dispatch. */
  openClaimIndex: (campaignId: string) => ({ gsi2pk: P.openClaims, gsi2sk: campaignId }),
  dueDispatchIndex: (scheduleAt: string, campaignId: string) => ({
    gsi2pk: P.dueDispatches,
    gsi2sk: `${scheduleAt}#${campaignId}`,
  }),
  campaignDispatch: (campaignId: string) => ({ pk: `${P.campaign}${campaignId}`, sk: 'DISPATCH' }),
  /** Redemption statistics, sharded by coupon so that busy counters never make one hot item. */
  campaignStats: (campaignId: string, couponId: string) => ({
    pk: `${P.campaign}${campaignId}`,
    sk: `${P.campaignStats}${shardOf(couponId, CAMPAIGN_STAT_SHARDS)}`,
  }),
  /** The member directory: every member, sharded, sorted by birthday (`MM-DD`, `00-00` when unknown). */
  memberDirectoryIndex: (memberId: string, birthday: string | null) => ({
    gsi3pk: `${P.directory}${shardOf(memberId, MEMBER_DIRECTORY_SHARDS)}`,
    gsi3sk: `${birthday ? birthday.slice(5) : '00-00'}#${memberId}`,
  }),
  memberTag: (memberId: string, tag: string) => ({ pk: `${P.member}${memberId}`, sk: `${P.tag}${tag}` }),
  tagIndex: (tag: string, memberId: string) => ({ gsi1pk: `${P.tag}${tag}`, gsi1sk: memberId }),
  /** The registry of manual tags (one small partition): listing tags needs no scan. */
  tagRegistry: (tag: string) => ({ pk: P.tagRegistry, sk: `${P.tag}${tag}` }),
  /** Statistics (issue 7): day figures per store in a month's partition, running totals, points due per expiry date;
   *  each sharded by the stream shard that wrote it, so parallel aggregators never contend for one item. */
  statDay: (date: string, storeId: string, shard: number) => ({
    pk: `${P.stats}${date.slice(0, 7)}`,
    sk: `${P.statDay}${date}#${storeId}#${shard}`,
  }),
  statTotal: (shard: number) => ({ pk: P.statTotals, sk: `SHARD#${shard}` }),
  statExpiry: (date: string, shard: number) => ({ pk: P.statExpiry, sk: `${date}#${shard}` }),
  /** Sales (issue 19): per SKU and per staff member by day, in the month's statistics partition; spend per member by day. */
  statSkuDay: (date: string, sku: string, shard: number) => ({
    pk: `${P.stats}${date.slice(0, 7)}`,
    sk: `${P.statSku}${date}#${sku}#${shard}`,
  }),
  statStaffDay: (date: string, storeId: string, staffId: string, shard: number) => ({
    pk: `${P.stats}${date.slice(0, 7)}`,
    sk: `${P.statStaff}${date}#${storeId}#${staffId}#${shard}`,
  }),
  statSpendDay: (memberId: string, date: string, shard: number) => ({
    pk: `${P.statSpend}${memberId}`,
    sk: `${date}#${shard}`,
  }),
  /** How far the aggregator got in each stream shard: moved in the transaction of the figures it added. */
  statCheckpoint: (streamShardId: string) => ({ pk: P.statCheckpoints, sk: streamShardId }),
  referralRank: (memberId: string) => ({ pk: `${P.member}${memberId}`, sk: P.referralRanks }),
  referralRankIndex: (rewarded: number, memberId: string) => ({
    gsi1pk: P.referralRanks,
    gsi1sk: `${String(rewarded).padStart(6, '0')}#${memberId}`,
  }),
  audit: (at: string, auditId: string) => ({ pk: `${P.audit}${at.slice(0, 7)}`, sk: `${at}#${auditId}` }),
  /** Ledger entries sort by time, then by the member version that wrote them (the order changes committed in). */
  ledgerEntry: (memberId: string, at: string, version: number, entryId: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.ledger}${at}#${String(version).padStart(10, '0')}#${entryId}`,
  }),
  /** Members whose level can drop at the review of that month (sparse: L1 members carry none). */
  levelReviewIndex: (reviewDate: string, memberId: string) => ({
    gsi2pk: `${P.levelReviews}${reviewDate.slice(0, 7)}`,
    gsi2sk: memberId,
  }),
} as const;

export const LOT_EXPIRY_SHARDS = 16;
export const REMINDER_SHARDS = 8;
export const ORDER_DUE_SHARDS = 4;
export const PENDING_DUE_SHARDS = 4;
export const OUTBOX_DUE_SHARDS = 4;
export const CAMPAIGN_STAT_SHARDS = 8;
export const MEMBER_DIRECTORY_SHARDS = 16;
export const NICKNAME_SHARDS = 16;

/** How nicknames are compared in search: NFKC (full-width letters and digits fold to ASCII), then lower case. */
export const searchableNickname = (nickname: string) => nickname.trim().normalize('NFKC').toLowerCase();
export const STAT_SHARDS = 8;

/** A stable small hash, to spread one day's expiring lots over shards. */
export function shardOf(id: string, shards: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % shards;
}

export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';
export const GSI3 = 'gsi3';

/** DynamoDB TTL wants epoch seconds. */
export const ttlAfter = (nowMs: number, seconds: number) => Math.floor(nowMs / 1000) + seconds;
