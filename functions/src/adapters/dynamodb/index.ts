export { createDocumentClient, type DocumentClient } from './client';
export {
  keys,
  P,
  GSI1,
  GSI2,
  LOT_EXPIRY_SHARDS,
  REMINDER_SHARDS,
  ORDER_DUE_SHARDS,
  MEMBER_DIRECTORY_SHARDS,
  CAMPAIGN_STAT_SHARDS,
  STAT_SHARDS,
} from './keys';
export * from './items';
export { queries, type KeyQuery } from './queries';
export { membersRepository, type MembersRepository } from './members.repository';
export {
  accountsRepository,
  type AccountsRepository,
  ACCOUNT_EXISTS,
  ACCOUNT_CHANGED,
  ACCOUNT_INACTIVE,
} from './accounts.repository';
export {
  invitationsRepository,
  type InvitationsRepository,
  type InvitationRecord,
  INVITATION_TAKEN,
} from './invitations.repository';
export {
  storesRepository,
  type StoresRepository,
  STORE_CHANGED,
  STORE_TAKEN,
  STORE_NOT_OPEN,
} from './stores.repository';
export { programRepository, type ProgramRepository } from './program.repository';
export { idempotencyRepository, type IdempotencyRepository, type ClaimOutcome } from './idempotency.repository';
export { isRefusedForLoad } from './errors';
export {
  memberAccountRepository,
  type MemberAccountRepository,
  type AccountChange,
  type MemberUpdate,
  MEMBER_CHANGED,
  LOTS_CHANGED,
} from './member-account.repository';
export { commitTransaction, type TxWrite, type CommitOutcome } from './transactions';
export {
  purchasesRepository,
  type PurchasesRepository,
  RECEIPT_TAKEN,
  CODE_USED,
  PURCHASE_CHANGED,
} from './purchases.repository';
export {
  promotionsRepository,
  type PromotionsRepository,
  PROMOTION_CHANGED,
  PROMOTIONS_STAMP_MOVED,
} from './promotions.repository';
export { entitlementsRepository, type EntitlementsRepository } from './entitlements.repository';
export { checkinsRepository, type CheckinsRepository, type CheckinRecord, CHECKIN_TAKEN } from './checkins.repository';
export {
  engagementRepository,
  type EngagementRepository,
  type ReferralRecord,
  type OutboxRecord,
  type NewOutboxMessage,
  type OutboxFilter,
  outboxItem,
  REFERRAL_CAP_REACHED,
  REFERRAL_NOT_PENDING,
  OUTBOX_EXISTS,
} from './engagement.repository';
export {
  mallRepository,
  type MallRepository,
  type MallItemChanges,
  STOCK_EXHAUSTED,
  LIMIT_REACHED,
  PICKUP_TAKEN,
  ORDER_CHANGED,
  ITEM_CHANGED,
} from './mall.repository';
export {
  couponsRepository,
  type CouponsRepository,
  type StatsDelta,
  COUPON_EXISTS,
  COUPON_TAKEN,
} from './coupons.repository';
export { CLAIM_REFUSED, CAMPAIGN_CHANGED, DISPATCH_MOVED } from './campaigns.repository';
export { statsRepository, type StatsRepository, type DayRow, CHECKPOINT_MOVED } from './stats.repository';
export type { SkuDayRow, StaffDayRow } from './sales-stats';
export { toStreamChange, decodeImage, type StreamChange } from './stream-records';
export { memberSearchRepository, searchIndexWrites, type MemberSearchRepository } from './member-search.repository';
export { auditRepository, type AuditRepository, previousMonth } from './audit-log.repository';
export { PROGRAM_HEAD_MOVED } from './program.repository';
export {
  pendingRewardsRepository,
  type PendingRewardsRepository,
  PENDING_REWARD_SETTLED,
} from './pending-rewards.repository';
export { tagsRepository, type TagsRepository, type TagStamp, TAG_CHANGED, SEGMENT_TAG_PREFIX } from './tags.repository';
export {
  notificationsRepository,
  type NotificationsRepository,
  type MessageEnd,
  NO_CREDIT,
  MESSAGE_MOVED,
  EXPIRY_NOTICE_WRITTEN,
} from './notifications.repository';
export { walletRepository, type WalletRepository, WALLET_CHANGED } from './wallet.repository';
export { paymentsRepository, type PaymentsRepository, PAY_ORDER_SETTLED } from './payments.repository';
// Issue 17: paid membership and punch cards.
export {
  plansRepository,
  type PlansRepository,
  PLAN_CHANGED,
  MONEY_ORDER_CHANGED,
  TERM_CHANGED,
  ACTIVATION_CODE_TAKEN,
  CODE_ATTEMPTS_EXHAUSTED,
} from './plans.repository';
export {
  punchCardsRepository,
  type PunchCardsRepository,
  PUNCH_PRODUCT_CHANGED,
  CARD_NOT_USABLE,
  CARD_CHANGED,
  CARD_RECEIPT_TAKEN,
} from './punch-cards.repository';
export { topupsRepository, type TopupsRepository, TOPUP_RECEIPT_TAKEN, TOPUP_CHANGED } from './topups.repository';
export {
  productsRepository,
  type ProductsRepository,
  type ProductRecord,
  PRODUCT_CHANGED,
} from './products.repository';
