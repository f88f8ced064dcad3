// What each function may do, and nothing more (issue 15, least privilege). infra/iam/per-function-roles.cjs turns
// each line into the function's own IAM role when packaging; a unit test fails for a function of serverless.yml
// without a line here, so a new route cannot forget it.
//
//   table:  'read' (GetItem, BatchGetItem, Query, ConditionCheckItem on the table and its indexes), 'write' (also
//           PutItem, UpdateItem, DeleteItem, BatchWriteItem — what TransactWriteItems needs), or 'none'.
//   writes: the partition-key prefixes a writer may touch (dynamodb:LeadingKeys); absent: any item of the table.
//   wechat: reads the stage's WeChat settings from SSM (`/huiyuanka/<stage>/wechat/`): only functions that call WeChat.
//   queue:  'send' (push dispatch fan-out) or 'consume' (its SQS worker).
//   stream: reads the table's stream (its event source).
const read = { table: 'read' };
const write = { table: 'write' };
const none = { table: 'none' };
/** Routes with an Idempotency-Key keep their answers under IDEMP#. */
const IDEMP = 'IDEMP#*';

module.exports = {
  health: none,
  openapi: none,
  notFound: none,
  authWechat: { ...write, wechat: true },
  getMe: read,
  updateMe: write,
  memberCode: read,
  storeScan: write,
  listStores: read,
  createStore: write,
  updateStore: write,
  listAccounts: read,
  createAccount: write,
  previewPurchase: write,
  recordPurchase: write,
  findPurchase: read,
  refundPurchase: write,
  storeActivity: read,
  myPoints: read,
  myLots: read,
  myLevels: read,
  listPromotions: read,
  createPromotion: write,
  adjustPoints: write,
  searchMembers: read,
  member360: read,
  getProgram: read,
  updateProgram: write,
  listAudit: read,
  changeMemberTags: write,
  bulkTags: write,
  listTags: read,
  checkIn: write,
  checkinMakeup: write,
  checkinCalendar: read,
  myTasks: read,
  myBadges: read,
  myReferrals: read,
  setReminders: write,
  bindPhone: { ...write, wechat: true },
  listOutbox: read,
  listMallItems: read,
  getMallItem: read,
  placeOrder: write,
  listMyOrders: read,
  getMyOrder: read,
  cancelOrder: write,
  fulfilOrder: write,
  listAdminMallItems: read,
  createMallItem: write,
  updateMallItem: write,
  cancelStaleOrdersJob: write,
  myCoupons: read,
  couponCode: read,
  couponCenter: read,
  claimCoupon: write,
  listCouponTemplates: read,
  createCouponTemplate: write,
  getCouponTemplate: read,
  previewAudience: read,
  listCampaigns: read,
  createCampaign: write,
  getCampaign: read,
  launchCampaign: { ...write, queue: 'send' },
  cancelCampaign: write,
  dispatchCampaignsJob: { ...write, queue: 'send' },
  dispatchWorker: { ...write, queue: 'consume' },
  birthdayGiftsJob: write,
  levelPerksJob: write,
  issueEntitlementsJob: write,
  // Reminders go to the outbox and nowhere else.
  checkinRemindersJob: { ...write, writes: ['OUTBOX#*'] },
  referralRewardsJob: write,
  releasePendingRewardsJob: write,
  refreshSegmentsJob: write,
  expirePointsJob: write,
  reviewLevelsJob: write,
  mySubscriptions: read,
  recordSubscriptions: { ...write, writes: ['MEMBER#*', IDEMP] },
  // The sender moves outbox messages and the members' credits, and calls WeChat.
  sendNotifications: { ...write, writes: ['MEMBER#*', 'OUTBOX#*'], wechat: true, stream: true },
  sendNotificationsJob: { ...write, writes: ['MEMBER#*', 'OUTBOX#*'], wechat: true },
  // 积分即将过期: the member's marker and the outbox message.
  expiryNoticesJob: { ...write, writes: ['MEMBER#*', 'OUTBOX#*'] },
  // Issue 18: staff invitations.
  createInvitation: write,
  acceptInvitation: { ...write, wechat: true },
  // Issue 19: disabling accounts, ending promotions early.
  updateAccount: write,
  endPromotion: write,
  // Issue 16: stored value. Functions that talk to WeChat Pay read its settings (merchant key, serial, platform key).
  myWallet: read,
  walletEntries: read,
  walletPackages: read,
  createTopup: { ...write, wechat: true },
  getTopup: { ...write, wechat: true },
  wechatPayNotify: { ...write, wechat: true },
  storeTopup: write,
  adminWalletPackages: read,
  createWalletPackage: write,
  updateWalletPackage: write,
  adminTopups: read,
  refundTopup: { ...write, wechat: true },
  reconcilePaymentsJob: { ...write, wechat: true },
  analyticsOverview: read,
  analyticsExport: read,
  aggregateStats: { ...write, stream: true },
  // Issue 19: seed 001's analytics.
  analyticsSales: read,
  // Issue 18: the product list (SKU catalog).
  listProducts: read,
  createProduct: write,
  updateProduct: write,
  importProducts: write,
  counterProducts: read,
};
