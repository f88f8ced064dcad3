// Screenshots of the H5 build at 375×812, for looking at the screens.
//   node miniapp/scripts/screenshots.mjs [--mock] [--out DIR] [--points-only]
// Serves miniapp/dist/h5 on a free port. With --mock, API calls are answered with fixture data (no backend
// needed); without it they go to the real API the build was made for (TARO_APP_API_URL, also read here to
// prepare data: default http://127.0.0.1:3000). Against the real API the points-engine screens are shot too
// (members with a history made over HTTP, with X-Clock for past months; a staff purchase with a level-up, a
// refund, the day's activity, 待到账 on a new member's card and points, and a refunded one's cancelled reward);
// --points-only shoots just those. The points mall (积分商城, an item with the confirmation
// sheet, the order with its pickup QR, 我的兑换, a staff hand-out and hand-outs in 今日流水) is shot with --mock, and so are
// the coupons: 我的优惠券 (tabs), a coupon's QR, 领券中心, a staff scan with the member's coupons and a coupon code,
// 记录消费 with a coupon (preview and result with the stamp card), and the marketer's templates and campaigns — at
// 375 px and, for the marketer, at a laptop's 1280 px.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const mock = args.includes('--mock');
const pointsOnly = args.includes('--points-only');
const apiUrl = (process.env.TARO_APP_API_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : '/tmp/miniapp-shots';
const root = fileURLToPath(new URL('../dist/h5/', import.meta.url));
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path === '/' ? 'index.html' : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const now = Date.now();
const fixtures = {
  member: {
    memberId: '01JDEMO',
    memberNo: '10000001',
    nickname: '拿铁爱好者',
    avatarUrl: null,
    birthday: null,
    phoneMasked: '138****8000',
    joinedAt: '2025-03-02T10:00:00+08:00',
    referralCode: 'K7PQ2M',
    level: { code: 'L2', name: '银卡会员', heldSince: '2025-06-01T00:00:00+08:00', validUntil: '2026-06-01' },
    nextLevel: { code: 'L3', name: '金卡会员', growthNeeded: 620 },
    growth: { qualifying: 880, lifetime: 1240 },
    points: { balance: 1260, debt: 0, pending: 50, expiring: { points: 120, at: '2026-01-01T00:00:00+08:00' } },
    rights: [
      { code: 'points-multiplier', title: '积分1.2倍', description: '消费积分按1.2倍累积' },
      { code: 'store-discount', title: '门店9折', description: '门店消费享9折优惠' },
      { code: 'silver-day', title: '银卡专享日', description: '每月8日赠送小食券一张' },
    ],
    stamps: { count: 3, of: 10 },
  },
  variants: {},
  code: () => ({
    code: `1100000011${String(Math.floor(Date.now() / 1000) + 60).padStart(9, '0')}4821930517362948`.slice(0, 35),
    expiresAt: new Date(Date.now() + 60_000).toISOString(),
    refreshAfter: new Date(Date.now() + 50_000).toISOString(),
  }),
};

fixtures.variants['demo-member-2'] = {
  ...fixtures.member,
  nickname: '金牌咖啡控',
  memberNo: '10000002',
  level: { code: 'L3', name: '金卡会员', heldSince: '2025-02-01T00:00:00+08:00', validUntil: '2026-02-01' },
  nextLevel: null,
  growth: { qualifying: 2380, lifetime: 5120 },
  points: { balance: 8650, debt: 120, pending: 0, expiring: null },
  rights: [
    { code: 'points-multiplier', title: '积分1.5倍', description: '消费积分按1.5倍累积' },
    { code: 'store-discount', title: '门店8折', description: '门店消费享8折优惠' },
    { code: 'priority', title: '优先服务', description: '门店出示金卡可优先制作' },
    { code: 'birthday-gift', title: '生日礼遇', description: '生日当月赠任意饮品兑换券与生日杯' },
  ],
};
fixtures.variants['demo-member-3'] = {
  ...fixtures.member,
  nickname: '新朋友',
  memberNo: '10000003',
  birthday: '1998-08-08',
  phoneMasked: null,
  level: { code: 'L1', name: '普通会员', heldSince: '2025-11-20T00:00:00+08:00', validUntil: null },
  nextLevel: { code: 'L2', name: '银卡会员', growthNeeded: 455 },
  growth: { qualifying: 45, lifetime: 45 },
  points: { balance: 45, debt: 0, pending: 0, expiring: null },
  rights: [
    { code: 'points-multiplier', title: '消费积分', description: '每消费1元得1积分' },
    { code: 'stamp-card', title: '集点卡', description: '单笔消费满15元集1点，集满10点得中杯咖啡兑换券' },
  ],
};

// The points mall of the mock: the demo mall's items, in every state a card can show (the member is 银卡, 1,260 points).
const day = 86_400_000;
const mallItem = (over) => ({
  itemId: 'demo-spoon',
  name: '咖啡勺',
  description: '不锈钢长柄咖啡勺，搅拌拿铁刚刚好。',
  images: [],
  category: '咖啡周边',
  kind: 'goods',
  couponTemplateId: null,
  points: 50,
  cashFen: 0,
  stock: null,
  perMemberLimit: null,
  perOrderLimit: 5,
  minLevel: null,
  minLevelName: null,
  saleFrom: null,
  saleUntil: null,
  sortOrder: 10,
  redeemable: true,
  reason: null,
  redeemedByMe: 0,
  ...over,
});
fixtures.mallItems = [
  mallItem({}),
  mallItem({
    itemId: 'demo-filter',
    name: '咖啡滤纸',
    description: 'V60 锥形滤纸 100 张，适合 1–4 杯滤杯。',
    points: 100,
    stock: 8,
    sortOrder: 20,
  }),
  mallItem({
    itemId: 'demo-syrup',
    name: '咖啡风味糖浆',
    description: '香草风味糖浆 250 ml，一泵一杯的香甜。',
    points: 500,
    stock: 100,
    perMemberLimit: 2,
    perOrderLimit: 2,
    redeemedByMe: 2,
    redeemable: false,
    reason: 'LIMIT_REACHED',
    sortOrder: 30,
  }),
  mallItem({
    itemId: 'demo-beans',
    name: '季节限定咖啡豆 250g',
    description: '埃塞俄比亚耶加雪菲，浅烘，花香与柑橘。',
    points: 1500,
    stock: 30,
    perOrderLimit: 2,
    redeemable: false,
    reason: 'POINTS_INSUFFICIENT',
    sortOrder: 35,
  }),
  mallItem({
    itemId: 'demo-latte-art',
    name: '拉花私人课程',
    description: '门店咖啡师一对一拉花课，60 分钟，含 4 杯练习用奶。',
    category: '体验课程',
    points: 1000,
    stock: 0,
    perMemberLimit: 1,
    perOrderLimit: 1,
    redeemable: false,
    reason: 'STOCK_EXHAUSTED',
    sortOrder: 40,
  }),
  mallItem({
    itemId: 'demo-cupping',
    name: '周末杯测体验',
    description: '周六下午的杯测会，品鉴三支产区豆。',
    category: '体验课程',
    points: 600,
    stock: 12,
    perMemberLimit: 1,
    perOrderLimit: 1,
    saleFrom: new Date(now + 3 * day).toISOString(),
    redeemable: false,
    reason: 'SALE_NOT_STARTED',
    sortOrder: 45,
  }),
  mallItem({
    itemId: 'demo-cup',
    name: '定制随行杯',
    description: '双层保温随行杯 355 ml，可刻名字；领取时另付 ¥20。',
    category: '定制好物',
    points: 800,
    cashFen: 2000,
    stock: 50,
    perMemberLimit: 1,
    perOrderLimit: 1,
    minLevel: 'L3',
    minLevelName: '金卡会员',
    redeemable: false,
    reason: 'LEVEL_TOO_LOW',
    sortOrder: 50,
  }),
  mallItem({
    itemId: 'demo-tote',
    name: '帆布托特包',
    description: '加厚帆布，印有啡常时光的咖啡杯图案；领取时另付 ¥9.90。',
    category: '定制好物',
    points: 300,
    cashFen: 990,
    stock: 5,
    perMemberLimit: 2,
    perOrderLimit: 2,
    sortOrder: 60,
  }),
];
fixtures.mallCategories = ['咖啡周边', '体验课程', '定制好物'];
const mallOrder = (over) => ({
  orderId: '01JORDER0001',
  itemId: 'demo-filter',
  itemName: '咖啡滤纸',
  image: null,
  kind: 'goods',
  quantity: 2,
  points: 200,
  cashFen: 0,
  status: 'awaiting_pickup',
  pickupCode: '48213057',
  pickupBy: new Date(now + 30 * day).toISOString(),
  couponIds: [],
  createdAt: new Date(now - 60_000).toISOString(),
  fulfilledAt: null,
  fulfilledStoreId: null,
  cancelledAt: null,
  cancelReason: null,
  pointsRestored: 0,
  pointsExpiredOnReturn: 0,
  ...over,
});
fixtures.orders = [
  mallOrder({
    orderId: '01JORDER0003',
    itemId: 'demo-tote',
    itemName: '帆布托特包',
    quantity: 1,
    points: 300,
    cashFen: 990,
    pickupCode: '70315526',
    createdAt: new Date(now - 2 * 3600_000).toISOString(),
    pickupBy: new Date(now + 30 * day - 2 * 3600_000).toISOString(),
  }),
  mallOrder({
    orderId: '01JORDER0002',
    itemId: 'demo-spoon',
    itemName: '咖啡勺',
    quantity: 3,
    points: 150,
    status: 'completed',
    pickupCode: null,
    createdAt: new Date(now - 5 * day).toISOString(),
    fulfilledAt: new Date(now - 4 * day).toISOString(),
    fulfilledStoreId: 'S001',
  }),
  mallOrder({
    orderId: '01JORDER0001',
    itemId: 'demo-syrup',
    itemName: '咖啡风味糖浆',
    quantity: 1,
    points: 500,
    status: 'cancelled',
    pickupCode: null,
    createdAt: new Date(now - 40 * day).toISOString(),
    cancelledAt: new Date(now - 10 * day).toISOString(),
    cancelReason: 'expired',
    pointsRestored: 380,
    pointsExpiredOnReturn: 120,
  }),
];
fixtures.scannedMember = {
  memberId: '01JDEMO',
  memberNo: '10000001',
  nickname: '拿铁爱好者',
  level: { code: 'L2', name: '银卡会员' },
  discountPercent: 90,
  points: 1260,
  stamps: { count: 3, of: 10 },
};

// Coupons of the mock: the member's wallet in every state, 领券中心 entries in every state, templates and campaigns.
/** Store names as the API sends them beside store ids (`storeNames`). */
const STORE_NAMES = { S001: '啡常时光·人民广场店', S002: '啡常时光·陆家嘴店', S003: '啡常时光·静安寺店' };
const storeNamesOf = (ids) =>
  Object.fromEntries(ids.filter((id) => STORE_NAMES[id]).map((id) => [id, STORE_NAMES[id]]));
const withStoreNames = (view) => ({
  ...view,
  storeNames: storeNamesOf([...(view.storeIds ?? view.template?.storeIds ?? []), view.usedStoreId]),
});
const LEVEL_NAMES = { L1: '普通会员', L2: '银卡会员', L3: '金卡会员' };
/** The program in force as `GET /v1/admin/program` answers it (the screens read its level names). */
const MOCK_PROGRAM = {
  name: '啡常时光',
  timezone: 'Asia/Shanghai',
  levels: [
    ['L1', 0, 1, 100, 0, null],
    ['L2', 500, 1.2, 90, 100, '满30减5'],
    ['L3', 1500, 1.5, 80, 300, '任意饮品兑换券'],
  ].map(([code, threshold, multiplier, discountPercent, points, couponTitle]) => ({
    code,
    name: LEVEL_NAMES[code],
    threshold,
    multiplier,
    discountPercent,
    upgradeGift: { points, couponTitle },
    perks: [],
  })),
  earning: { pointsPerYuan: 1, growthPerYuan: 1, maxPointsPerPurchase: 5000, pendingDays: 0 },
  checkin: { basePoints: 5, baseGrowth: 1, cycleDays: 7, bonuses: [], makeupCost: 20, makeupsPerMonth: 2 },
  expiry: { policy: 'annual-rolling' },
  referral: { referrerPoints: 100, secondLevelPoints: 20, maxRewardedPerYear: 50, minPaidFen: 1000 },
  refundWindowDays: 7,
  tasks: [],
  levelPolicy: 'one-level',
  stampCard: { minSpendFen: 1500, stampsPerCard: 10 },
  memberCode: { ttlSeconds: 60 },
};

const coupon = (over) =>
  withStoreNames({
    couponId: 'cpn-1',
    templateId: 'tpl-upgrade-l2',
    title: '满30减5',
    description: '银卡升级礼',
    usageNotes: '单笔实付满30元可用，每笔限用一张',
    type: 'amount_off',
    valueFen: 500,
    percent: null,
    maxDiscountFen: null,
    minSpendFen: 3000,
    giftName: null,
    validFrom: new Date(now - 2 * day).toISOString(),
    validUntil: new Date(now + 28 * day).toISOString(),
    status: 'available',
    source: 'upgrade-gift',
    campaignId: null,
    issuedAt: new Date(now - 2 * day).toISOString(),
    usedAt: null,
    usedStoreId: null,
    storeIds: null,
    ...over,
  });
fixtures.coupons = [
  coupon({
    couponId: 'cpn-welcome',
    templateId: 'tpl-welcome',
    title: '新人首杯免费',
    description: '任意中杯饮品兑换券',
    usageNotes: '到店出示券码，兑换任意中杯饮品一杯',
    type: 'gift',
    giftName: '任意中杯饮品',
    valueFen: 2800,
    minSpendFen: 0,
    source: 'new-member',
    validUntil: new Date(now + 2 * day).toISOString(),
  }),
  coupon({ couponId: 'cpn-1' }),
  coupon({
    couponId: 'cpn-latte',
    templateId: 'tpl-c1',
    title: '周末拿铁 8.8 折',
    description: '',
    usageNotes: '限拿铁系列饮品',
    type: 'percent_off',
    valueFen: null,
    percent: 88,
    maxDiscountFen: 2000,
    minSpendFen: 0,
    source: 'claim',
    campaignId: 'cmp-claim',
    validUntil: new Date(now + 6 * day).toISOString(),
    storeIds: ['S001', 'S002'],
  }),
  coupon({
    couponId: 'cpn-xmas',
    templateId: 'tpl-c2',
    title: '圣诞热饮券',
    type: 'amount_off',
    valueFen: 1000,
    minSpendFen: 5000,
    source: 'campaign',
    campaignId: 'cmp-push',
    validFrom: new Date(now + 20 * day).toISOString(),
    validUntil: new Date(now + 40 * day).toISOString(),
  }),
  coupon({
    couponId: 'cpn-stamp',
    templateId: 'tpl-stamp-card',
    title: '中杯咖啡兑换券',
    type: 'gift',
    giftName: '中杯咖啡',
    valueFen: 2800,
    minSpendFen: 0,
    source: 'stamp-card',
    status: 'used',
    usedAt: new Date(now - 3 * day).toISOString(),
    usedStoreId: 'S001',
  }),
  coupon({
    couponId: 'cpn-mall',
    templateId: 'tpl-mall-coffee',
    title: '中杯咖啡兑换券',
    type: 'gift',
    giftName: '中杯咖啡',
    valueFen: 2800,
    minSpendFen: 0,
    source: 'mall',
    status: 'used',
    usedAt: new Date(now - 12 * day).toISOString(),
    usedStoreId: 'S002',
  }),
  coupon({
    couponId: 'cpn-bday',
    templateId: 'tpl-birthday-cup',
    title: '生日杯',
    type: 'gift',
    giftName: '生日杯',
    valueFen: 4900,
    minSpendFen: 0,
    source: 'birthday',
    status: 'expired',
    validUntil: new Date(now - 20 * day).toISOString(),
    issuedAt: new Date(now - 50 * day).toISOString(),
  }),
  coupon({
    couponId: 'cpn-gone',
    title: '双十一满100减20',
    valueFen: 2000,
    minSpendFen: 10000,
    source: 'campaign',
    status: 'revoked',
    issuedAt: new Date(now - 30 * day).toISOString(),
  }),
];
const centerEntry = (over) =>
  withStoreNames({
    campaignId: 'cmp-claim',
    title: '周末拿铁 8.8 折',
    template: {
      title: '拿铁8.8折',
      description: '',
      type: 'percent_off',
      valueFen: null,
      percent: 88,
      maxDiscountFen: 2000,
      minSpendFen: 0,
      giftName: null,
      validity: { kind: 'relative', days: 7, startOffsetDays: 0 },
      storeIds: ['S001', 'S002'],
    },
    remaining: 128,
    claimFrom: new Date(now - day).toISOString(),
    claimUntil: new Date(now + 10 * day).toISOString(),
    claimedByMe: 0,
    perMemberLimit: 1,
    claimable: true,
    reason: null,
    ...over,
  });
const amountTemplate = (valueFen, minSpendFen, title) => ({
  title,
  description: '',
  type: 'amount_off',
  valueFen,
  percent: null,
  maxDiscountFen: null,
  minSpendFen,
  giftName: null,
  validity: { kind: 'relative', days: 14, startOffsetDays: 0 },
  storeIds: null,
});
fixtures.center = [
  centerEntry({}),
  centerEntry({
    campaignId: 'cmp-double',
    title: '双杯立减 10 元',
    template: amountTemplate(1000, 5000, '满50减10'),
    remaining: null,
    perMemberLimit: 2,
    claimedByMe: 1,
  }),
  centerEntry({
    campaignId: 'cmp-new',
    title: '新品尝鲜券',
    template: amountTemplate(500, 3000, '满30减5'),
    remaining: 3,
    claimedByMe: 1,
    claimable: false,
    reason: 'LIMIT_REACHED',
  }),
  centerEntry({
    campaignId: 'cmp-gone',
    title: '限量生日杯',
    template: { ...amountTemplate(null, 0, '生日杯'), type: 'gift', giftName: '生日杯', valueFen: 4900 },
    remaining: 0,
    claimable: false,
    reason: 'STOCK_EXHAUSTED',
  }),
  centerEntry({
    campaignId: 'cmp-xmas',
    title: '圣诞热饮预告',
    template: amountTemplate(1000, 5000, '满50减10'),
    claimFrom: new Date(now + 20 * day).toISOString(),
    claimUntil: new Date(now + 30 * day).toISOString(),
    claimable: false,
    reason: 'CLAIM_WINDOW_CLOSED',
  }),
];
const template = (over) => ({
  templateId: 'tpl-1',
  title: '满30减5',
  description: '',
  usageNotes: '',
  type: 'amount_off',
  valueFen: 500,
  percent: null,
  maxDiscountFen: null,
  minSpendFen: 3000,
  giftName: null,
  validity: { kind: 'relative', days: 14, startOffsetDays: 0 },
  storeIds: null,
  createdAt: new Date(now - 3 * day).toISOString(),
  createdBy: 'marketer',
  ...over,
});
fixtures.templates = [
  template({}),
  template({
    templateId: 'tpl-2',
    title: '拿铁8.8折',
    type: 'percent_off',
    valueFen: null,
    percent: 88,
    maxDiscountFen: 2000,
    minSpendFen: 0,
    storeIds: ['S001', 'S002'],
  }),
  template({
    templateId: 'tpl-3',
    title: '中杯咖啡兑换券',
    type: 'gift',
    giftName: '中杯咖啡',
    valueFen: 2800,
    minSpendFen: 0,
    validity: { kind: 'fixed', from: '2026-12-01T00:00:00+08:00', until: '2027-01-01T00:00:00+08:00' },
  }),
];
const stats = (over) => ({
  targeted: 0,
  issued: 0,
  claimed: 0,
  redeemed: 0,
  redemptionRate: 0,
  discountFen: 0,
  salesFen: 0,
  ...over,
});
const campaign = (over) => ({
  campaignId: 'cmp-push',
  name: '普通会员回馈',
  kind: 'push',
  templateId: 'tpl-1',
  template: {
    title: '满30减5',
    type: 'amount_off',
    valueFen: 500,
    percent: null,
    maxDiscountFen: null,
    minSpendFen: 3000,
    giftName: null,
  },
  audience: { levels: ['L1'] },
  status: 'completed',
  scheduleAt: null,
  notify: true,
  stock: null,
  perMemberLimit: 1,
  claimFrom: null,
  claimUntil: null,
  budgetFen: null,
  createdAt: new Date(now - 2 * day).toISOString(),
  createdBy: 'marketer',
  launchedAt: new Date(now - 2 * day + 600_000).toISOString(),
  completedAt: new Date(now - 2 * day + 660_000).toISOString(),
  cancelledAt: null,
  stats: stats({
    targeted: 1864,
    issued: 1864,
    redeemed: 412,
    redemptionRate: 412 / 1864,
    discountFen: 206000,
    salesFen: 1893650,
  }),
  progress: { shardsDone: 8, shards: 8 },
  ...over,
});
fixtures.campaigns = [
  campaign({
    campaignId: 'cmp-sending',
    name: '沉睡会员唤醒',
    audience: { inactiveDays: 60 },
    status: 'dispatching',
    completedAt: null,
    stats: stats({ targeted: 5230, issued: 2610 }),
    progress: { shardsDone: 4, shards: 8 },
  }),
  campaign({}),
  campaign({
    campaignId: 'cmp-claim',
    name: '周末拿铁 8.8 折',
    kind: 'claim',
    templateId: 'tpl-2',
    status: 'active',
    notify: false,
    stock: 500,
    perMemberLimit: 1,
    template: {
      title: '拿铁8.8折',
      type: 'percent_off',
      valueFen: null,
      percent: 88,
      maxDiscountFen: 2000,
      minSpendFen: 0,
      giftName: null,
    },
    audience: {},
    claimFrom: new Date(now - day).toISOString(),
    claimUntil: new Date(now + 10 * day).toISOString(),
    budgetFen: 1000000,
    completedAt: null,
    progress: null,
    stats: stats({
      targeted: 0,
      issued: 372,
      claimed: 372,
      redeemed: 96,
      redemptionRate: 96 / 372,
      discountFen: 61200,
      salesFen: 498000,
    }),
  }),
  campaign({
    campaignId: 'cmp-xmas',
    name: '圣诞热饮定时券',
    status: 'scheduled',
    scheduleAt: new Date(now + 20 * day).toISOString(),
    launchedAt: null,
    completedAt: null,
    progress: null,
    stats: stats({}),
  }),
  campaign({
    campaignId: 'cmp-draft',
    name: '金卡生日加赠',
    audience: { levels: ['L3'], birthdayMonth: 12 },
    status: 'draft',
    launchedAt: null,
    completedAt: null,
    progress: null,
    stats: stats({}),
  }),
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
await mkdir(out, { recursive: true });

async function session(role) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on('console', (msg) => msg.type() === 'error' && process.stderr.write(`[${role} console] ${msg.text()}\n`));
  page.on('pageerror', (error) => process.stderr.write(`[${role} pageerror] ${error.message}\n`));
  if (mock) {
    await page.route(/:3000\/v1\//, async (route) => {
      const url = new URL(route.request().url());
      const method = route.request().method();
      const json = (status, body) =>
        route.fulfill({
          status,
          contentType: 'application/json',
          body: JSON.stringify(body),
          headers: { 'access-control-allow-origin': '*' },
        });
      if (method === 'OPTIONS')
        return route.fulfill({
          status: 204,
          headers: {
            'access-control-allow-origin': '*',
            'access-control-allow-headers': '*',
            'access-control-allow-methods': '*',
          },
        });
      if (url.pathname === '/v1/auth/wechat') {
        const code = JSON.parse(route.request().postData()).code;
        const r = code.includes('staff') ? 'staff' : code.includes('marketer') ? 'marketer' : 'member';
        return json(200, {
          token: `t-${code.replace(/^dev:/, '')}`,
          expiresAt: new Date(now + 86400000).toISOString(),
          role: r,
          ...(r === 'staff' ? { storeId: 'S001' } : r === 'member' ? { memberId: '01JDEMO' } : {}),
        });
      }
      if (url.pathname === '/v1/me' && method === 'GET') {
        const who = (route.request().headers().authorization ?? '').replace('Bearer t-', '');
        return json(200, fixtures.variants[who] ?? fixtures.member);
      }
      if (url.pathname === '/v1/me/code') return json(200, fixtures.code());
      const mallAnswer = mockMall(url, method, route.request());
      if (mallAnswer) return json(mallAnswer.status, mallAnswer.body);
      const couponAnswer = mockCoupons(url, method, route.request());
      if (couponAnswer) return json(couponAnswer.status, couponAnswer.body);
      if (url.pathname === '/v1/store/scan') {
        const code = JSON.parse(route.request().postData()).code;
        if (code === '1')
          return json(409, {
            error: { code: 'CODE_EXPIRED', message: '会员码已过期，请让顾客刷新后重新出示', requestId: 'r' },
          });
        if (code === '48213057')
          return json(200, {
            kind: 'order',
            order: mallOrder({ itemId: 'demo-cup', itemName: '定制随行杯', quantity: 1, points: 800, cashFen: 2000 }),
            member: fixtures.scannedMember,
          });
        if (code === '11223344')
          return json(200, {
            kind: 'order',
            order: mallOrder({
              itemId: 'demo-spoon',
              itemName: '咖啡勺',
              quantity: 3,
              points: 150,
              status: 'completed',
              pickupCode: '11223344',
              fulfilledAt: new Date(now - 4 * day).toISOString(),
              fulfilledStoreId: 'S002',
            }),
            member: fixtures.scannedMember,
          });
        if (code.startsWith('CPN.'))
          return json(200, { kind: 'coupon', coupon: fixtures.coupons[1], member: fixtures.scannedMember });
        return json(200, {
          kind: 'member',
          member: {
            memberId: '01JDEMO',
            memberNo: '10000001',
            nickname: '拿铁爱好者',
            level: { code: 'L2', name: '银卡会员' },
            discountPercent: 90,
            points: 1260,
            stamps: { count: 9, of: 10 },
          },
          coupons: fixtures.coupons.filter(
            (coupon) => coupon.status === 'available' && Date.parse(coupon.validFrom) <= Date.now(),
          ),
        });
      }
      if (url.pathname === '/v1/admin/program') {
        // The marketer's screens name levels as the program in force does.
        const at = '2020-01-01T00:00:00.000Z';
        return json(200, {
          current: { version: 1, effectiveAt: at, createdBy: 'system:seed', settings: MOCK_PROGRAM },
          upcoming: [],
          history: [{ version: 1, effectiveAt: at, createdBy: 'system:seed' }],
        });
      }
      if (url.pathname === '/v1/admin/stores')
        return json(200, [
          { storeId: 'S001', name: '啡常时光·人民广场店', city: '上海' },
          { storeId: 'S002', name: '啡常时光·陆家嘴店', city: '上海' },
          { storeId: 'S003', name: '啡常时光·静安寺店', city: '上海' },
        ]);
      return json(404, { error: { code: 'NOT_FOUND', message: '没有找到相关内容', requestId: 'r' } });
    });
  }
  return { context, page };
}

/** Answers the mall's routes from the fixtures (null for any other route). */
function mockMall(url, method, request) {
  const path = url.pathname;
  const notFound = { status: 404, body: { error: { code: 'NOT_FOUND', message: '没有找到相关内容', requestId: 'r' } } };
  if (path === '/v1/mall/items' && method === 'GET') {
    const category = url.searchParams.get('category');
    return {
      status: 200,
      body: {
        items: fixtures.mallItems.filter((item) => !category || item.category === category),
        nextCursor: null,
        categories: fixtures.mallCategories,
      },
    };
  }
  const itemMatch = /^\/v1\/mall\/items\/([^/]+)$/.exec(path);
  if (itemMatch && method === 'GET') {
    const item = fixtures.mallItems.find((candidate) => candidate.itemId === decodeURIComponent(itemMatch[1]));
    return item ? { status: 200, body: item } : notFound;
  }
  if (path === '/v1/mall/orders' && method === 'POST') {
    const { itemId, quantity } = JSON.parse(request.postData());
    const item = fixtures.mallItems.find((candidate) => candidate.itemId === itemId);
    const order = mallOrder({
      orderId: `01JORDERNEW${fixtures.orders.length}`,
      itemId,
      itemName: item.name,
      quantity,
      points: item.points * quantity,
      cashFen: item.cashFen * quantity,
      pickupCode: '26904418',
      createdAt: new Date().toISOString(),
    });
    fixtures.orders.unshift(order);
    return { status: 201, body: order };
  }
  if (path === '/v1/me/orders' && method === 'GET') {
    const status = url.searchParams.get('status');
    return {
      status: 200,
      body: { items: fixtures.orders.filter((order) => !status || order.status === status), nextCursor: null },
    };
  }
  const orderMatch = /^\/v1\/me\/orders\/([^/]+)(\/cancel)?$/.exec(path);
  if (orderMatch) {
    const index = fixtures.orders.findIndex((order) => order.orderId === decodeURIComponent(orderMatch[1]));
    if (index < 0) return notFound;
    if (orderMatch[2] && method === 'POST') {
      fixtures.orders[index] = {
        ...fixtures.orders[index],
        status: 'cancelled',
        cancelReason: 'member',
        cancelledAt: new Date().toISOString(),
        pointsRestored: fixtures.orders[index].points,
        pointsExpiredOnReturn: 0,
      };
    }
    return { status: 200, body: fixtures.orders[index] };
  }
  if (path === '/v1/store/orders/fulfil' && method === 'POST') {
    const order = mallOrder({
      itemId: 'demo-cup',
      itemName: '定制随行杯',
      quantity: 1,
      points: 800,
      cashFen: 2000,
      status: 'completed',
      fulfilledAt: new Date().toISOString(),
      fulfilledStoreId: 'S001',
    });
    return { status: 200, body: { order, member: fixtures.scannedMember } };
  }
  if (path === '/v1/store/activity' && method === 'GET') {
    const at = (minutesAgo) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const row = {
      purchaseId: null,
      receiptNo: null,
      memberNo: '10000001',
      nickname: '拿铁爱好者',
      staff: 'staff-s001',
      title: null,
    };
    const date = url.searchParams.get('date');
    return {
      status: 200,
      body: {
        date,
        storeId: 'S001',
        items: [
          { ...row, kind: 'handout', at: at(2), id: 'h2', amountFen: 2000, points: 800, title: '定制随行杯 ×1' },
          {
            ...row,
            kind: 'handout',
            at: at(35),
            id: 'h1',
            amountFen: 0,
            points: 200,
            title: '咖啡滤纸 ×2',
            memberNo: '10000002',
            nickname: '金牌咖啡控',
          },
          {
            ...row,
            kind: 'refund',
            at: at(50),
            id: 'r1',
            purchaseId: 'p1',
            receiptNo: 'R1001',
            amountFen: -1250,
            points: -12,
          },
          {
            ...row,
            kind: 'purchase',
            at: at(80),
            id: 'p1',
            purchaseId: 'p1',
            receiptNo: 'R1001',
            amountFen: 50000,
            points: 500,
          },
        ],
        totals: { purchases: 1, salesFen: 50000, refunds: 1, refundedFen: 1250, handouts: 2 },
      },
    };
  }
  return null;
}

/** Answers the coupon routes (member, staff purchase, marketer) from the fixtures (null for any other route). */
function mockCoupons(url, method, request) {
  const path = url.pathname;
  const body = () => JSON.parse(request.postData() ?? '{}');
  const notFound = { status: 404, body: { error: { code: 'NOT_FOUND', message: '没有找到相关内容', requestId: 'r' } } };
  if (path === '/v1/me/coupons' && method === 'GET') {
    const status = url.searchParams.get('status');
    return {
      status: 200,
      body: { items: fixtures.coupons.filter((coupon) => !status || coupon.status === status), nextCursor: null },
    };
  }
  const codeMatch = /^\/v1\/me\/coupons\/([^/]+)\/code$/.exec(path);
  if (codeMatch) {
    const expires = Math.floor(Date.now() / 1000) + 300;
    return {
      status: 200,
      body: {
        code: `CPN.01JDEMO0000000000000000000.${decodeURIComponent(codeMatch[1])}.${expires}.k3Jd9_xQ2mPa7LzB`,
        expiresAt: new Date(expires * 1000).toISOString(),
        refreshAfter: new Date(Date.now() + 240_000).toISOString(),
      },
    };
  }
  if (path === '/v1/coupon-center' && method === 'GET') return { status: 200, body: fixtures.center };
  const claimMatch = /^\/v1\/coupon-center\/([^/]+)\/claim$/.exec(path);
  if (claimMatch && method === 'POST') {
    const entry = fixtures.center.find((candidate) => candidate.campaignId === decodeURIComponent(claimMatch[1]));
    if (!entry) return notFound;
    entry.claimedByMe += 1;
    if (entry.remaining !== null) entry.remaining -= 1;
    entry.claimable = entry.claimedByMe < entry.perMemberLimit;
    entry.reason = entry.claimable ? null : 'LIMIT_REACHED';
    return {
      status: 201,
      body: {
        coupon: coupon({
          couponId: `cpn-claimed-${entry.campaignId}`,
          title: entry.template.title,
          source: 'claim',
          ...entry.template,
          validity: undefined,
        }),
      },
    };
  }
  if (path === '/v1/store/purchases/preview' && method === 'POST') {
    const { amountFen, couponIds } = body();
    const picked = couponIds?.length ? fixtures.coupons.find((candidate) => candidate.couponId === couponIds[0]) : null;
    const levelDiscountFen = Math.round(amountFen / 10);
    const after = amountFen - levelDiscountFen;
    if (picked && after < picked.minSpendFen) {
      return {
        status: 409,
        body: {
          error: {
            code: 'COUPON_NOT_USABLE',
            message: '未达到优惠券的使用门槛',
            requestId: 'r',
            details: { reason: 'BELOW_MIN_SPEND', couponId: picked.couponId, minSpendFen: picked.minSpendFen },
          },
        },
      };
    }
    const couponDiscountFen = !picked
      ? 0
      : picked.type === 'percent_off'
        ? Math.min(Math.floor((after * (100 - picked.percent)) / 100), picked.maxDiscountFen ?? after)
        : Math.min(picked.valueFen, after);
    fixtures.lastPreview = {
      amountFen,
      levelDiscountFen,
      couponDiscountFen,
      payableFen: after - couponDiscountFen,
      picked,
    };
    return {
      status: 200,
      body: {
        amountFen,
        levelDiscountFen,
        couponDiscountFen,
        payableFen: after - couponDiscountFen,
        points: Math.floor(((after - couponDiscountFen) / 100) * 1.2),
        growth: Math.floor((after - couponDiscountFen) / 100),
        member: {
          memberId: '01JDEMO',
          memberNo: '10000001',
          nickname: '拿铁爱好者',
          level: { code: 'L2', name: '银卡会员' },
        },
        promotion: null,
        levelChange: null,
        coupon: picked ? { couponId: picked.couponId, title: picked.title } : null,
        stamp: after - couponDiscountFen >= 1500,
      },
    };
  }
  if (path === '/v1/store/purchases' && method === 'POST') {
    const { receiptNo } = body();
    const last = fixtures.lastPreview;
    return {
      status: 201,
      body: {
        purchaseId: '01JPURCHASE',
        receiptNo,
        storeId: 'S001',
        memberId: '01JDEMO',
        amountFen: last.amountFen,
        levelDiscountFen: last.levelDiscountFen,
        couponDiscountFen: last.couponDiscountFen,
        payableFen: last.payableFen,
        points: Math.floor((last.payableFen / 100) * 1.2),
        growth: Math.floor(last.payableFen / 100),
        levelChange: null,
        giftPoints: 0,
        couponsUsed: last.picked ? [last.picked.couponId] : [],
        badges: [],
        refundedFen: 0,
        at: new Date().toISOString(),
        stamps: { count: 0, of: 10 },
        stampCouponId: 'cpn-stamp-new',
        stampGift: '中杯咖啡兑换券',
      },
    };
  }
  if (path === '/v1/admin/coupon-templates') {
    if (method === 'POST') {
      const created = template({
        ...body(),
        templateId: `tpl-new-${fixtures.templates.length}`,
        createdAt: new Date().toISOString(),
      });
      fixtures.templates.unshift(created);
      return { status: 201, body: created };
    }
    return { status: 200, body: { items: fixtures.templates, nextCursor: null } };
  }
  if (path === '/v1/admin/audiences/preview' && method === 'POST') {
    const { audience } = body();
    const levels = audience.levels ?? ['L1', 'L2', 'L3'];
    const count = levels.reduce((sum, level) => sum + ({ L1: 1864, L2: 742, L3: 126 }[level] ?? 0), 0);
    const names = ['晨光美式', '燕麦拿铁', '周末咖啡', '林间拿铁', '新朋友'];
    return {
      status: 200,
      body: {
        count,
        sample: names.slice(0, Math.min(5, count)).map((nickname, index) => ({
          memberId: `m${index}`,
          memberNo: `1000${String(2041 + index * 37).padStart(4, '0')}`,
          nickname,
          levelCode: levels[index % levels.length],
          levelName: LEVEL_NAMES[levels[index % levels.length]],
          joinedAt: new Date(now - (index + 1) * 41 * day).toISOString(),
        })),
      },
    };
  }
  if (path === '/v1/admin/campaigns') {
    if (method === 'POST') {
      const created = campaign({
        ...body(),
        campaignId: `cmp-new-${fixtures.campaigns.length}`,
        status: 'draft',
        launchedAt: null,
        completedAt: null,
        progress: null,
        template:
          fixtures.templates.find((candidate) => candidate.templateId === body().templateId) ?? fixtures.templates[0],
        stats: stats({}),
        createdAt: new Date().toISOString(),
      });
      fixtures.campaigns.unshift(created);
      return { status: 201, body: created };
    }
    return { status: 200, body: { items: fixtures.campaigns, nextCursor: null } };
  }
  const campaignMatch = /^\/v1\/admin\/campaigns\/([^/]+)(\/launch|\/cancel)?$/.exec(path);
  if (campaignMatch) {
    const index = fixtures.campaigns.findIndex(
      (candidate) => candidate.campaignId === decodeURIComponent(campaignMatch[1]),
    );
    if (index < 0) return notFound;
    const current = fixtures.campaigns[index];
    if (campaignMatch[2] === '/launch') {
      fixtures.campaigns[index] = {
        ...current,
        status: current.kind === 'claim' ? 'active' : 'dispatching',
        launchedAt: new Date().toISOString(),
        progress: current.kind === 'push' ? { shardsDone: 0, shards: 8 } : null,
        stats: stats({ targeted: 1864 }),
      };
    } else if (campaignMatch[2] === '/cancel') {
      fixtures.campaigns[index] = { ...current, status: 'cancelled', cancelledAt: new Date().toISOString() };
    } else if (current.status === 'dispatching' && current.progress) {
      const shardsDone = Math.min(current.progress.shards, current.progress.shardsDone + 1);
      const issued = Math.round((current.stats.targeted * shardsDone) / current.progress.shards);
      fixtures.campaigns[index] = {
        ...current,
        progress: { ...current.progress, shardsDone },
        stats: { ...current.stats, issued },
      };
    }
    return { status: 200, body: fixtures.campaigns[index] };
  }
  return null;
}

async function shot(page, name) {
  await page.waitForTimeout(900);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  process.stdout.write(`wrote ${join(out, `${name}.png`)}\n`);
}

if (!pointsOnly) {
  // Login screen.
  {
    const { context, page } = await session('login');
    await page.goto(`${base}/#/pages/login/index`);
    await page.waitForSelector('.demo-login-demo-member-1');
    await shot(page, '01-login');
    await page.click('.demo-login-demo-member-1');
    await page.waitForSelector('.member-qr, .error-state', { timeout: 15000 });
    await shot(page, '02-card');
    await page.setViewportSize({ width: 375, height: 1300 });
    await shot(page, '02b-card-full');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${base}/#/pages/profile/index`);
    await page.waitForSelector('.profile-member-no, .error-state', { timeout: 15000 });
    await shot(page, '03-profile');
    await context.close();
  }
  // The other levels' colours.
  for (const who of ['demo-member-2', 'demo-member-3']) {
    const { context, page } = await session(who);
    await page.setViewportSize({ width: 375, height: 1300 });
    await page.goto(`${base}/#/pages/login/index`);
    await page.click(`.demo-login-${who}`);
    await page.waitForSelector('.member-qr, .error-state', { timeout: 15000 });
    await shot(page, `02-card-${who}`);
    await context.close();
  }
  // Staff.
  {
    const { context, page } = await session('staff');
    await page.goto(`${base}/#/pages/login/index`);
    await page.click('.demo-login-staff-s001');
    await page.waitForSelector('.scan-input', { timeout: 15000 });
    await shot(page, '04-scan-empty');
    await page.fill('.scan-input input', process.env.SCAN_CODE ?? '10000000117000000004821930517362948');
    await page.click('.scan-submit');
    await page.waitForSelector('.scan-result, .scan-error', { timeout: 15000 });
    await shot(page, '05-scan-result');
    await page.fill('.scan-input input', '1');
    await page.click('.scan-submit');
    await page.waitForSelector('.scan-error', { timeout: 15000 });
    await shot(page, '06-scan-error');
    await context.close();
  }
  // Marketer.
  {
    const { context, page } = await session('marketer');
    await page.goto(`${base}/#/pages/login/index`);
    await page.click('.demo-login-marketer');
    await page.waitForSelector('.invite-form', { timeout: 15000 });
    await shot(page, '07-marketer');
    await context.close();
  }
}

if (mock && !pointsOnly) await mallShots();

if (mock && !pointsOnly) await couponShots();

if (!mock) await pointsEngineShots();

await browser.close();
server.close();

// ---------------------------------------------------------------------------------------------------------
// Points mall (mock): the tab, an item and its confirmation sheet, the order with its pickup QR, 我的兑换, a
// staff hand-out and the hand-outs of the day.

async function mallShots() {
  {
    const { context, page } = await session('mall');
    await page.goto(`${base}/#/pages/login/index`);
    await page.click('.demo-login-demo-member-1');
    await page.waitForSelector('.member-qr, .error-state', { timeout: 15000 });
    await page.click('.weui-tabbar__item:nth-child(3)');
    await page.waitForSelector('.mall-item', { timeout: 15000 });
    await shot(page, '40-mall');
    await page.setViewportSize({ width: 375, height: 1500 });
    await shot(page, '40b-mall-full');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.click('.mall-tab[data-category="定制好物"]');
    await page.waitForSelector('.mall-item-demo-tote', { timeout: 15000 });
    await shot(page, '41-mall-category');

    await page.click('.mall-item-demo-cup');
    await page.waitForSelector('.mall-redeem', { timeout: 15000 });
    await shot(page, '42-item-level-too-low');
    await page.goBack();
    await page.waitForSelector('.mall-item-demo-tote', { timeout: 15000 });
    await page.click('.mall-item-demo-tote');
    await page.waitForSelector('.mall-redeem:not(.mall-redeem--disabled)', { timeout: 15000 });
    await page.click('.qty-plus');
    await shot(page, '43-item');
    await page.click('.mall-redeem');
    await page.waitForSelector('.redeem-confirm', { timeout: 5000 });
    await shot(page, '44-item-sheet');
    await page.click('.redeem-confirm');
    await page.waitForSelector('.pickup-code-digits', { timeout: 15000 });
    await shot(page, '45-order-result');
    await page.setViewportSize({ width: 375, height: 1100 });
    await shot(page, '45b-order-result-full');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.click('.order-cancel');
    await page.waitForSelector('.taro-model__confirm', { timeout: 5000 });
    await shot(page, '46-order-cancel-confirm');
    await page.click('.taro-model__confirm');
    await page.waitForSelector('.order-status--cancelled', { timeout: 15000 });
    await shot(page, '47-order-cancelled');

    await page.click('.order-open-mall');
    await page.waitForSelector('.mall-open-orders', { timeout: 15000 });
    await page.click('.mall-open-orders');
    await page.waitForSelector('.order-row, .orders-empty', { timeout: 15000 });
    await shot(page, '48-orders');
    await page.click('.orders-tab-completed');
    await page.waitForTimeout(500);
    await shot(page, '48b-orders-completed');
    await page.goto(`${base}/#/pages/order/index?orderId=01JORDER0001`);
    await page.waitForSelector('.order-status', { timeout: 15000 });
    await shot(page, '49-order-expired-return');
    await page.goto(`${base}/#/pages/order/index?orderId=01JORDER0002`);
    await page.waitForSelector('.order-status', { timeout: 15000 });
    await shot(page, '49b-order-completed');
    fixtures.orders = [];
    await page.goto(`${base}/#/pages/orders/index`);
    await page.waitForSelector('.orders-empty', { timeout: 15000 });
    await shot(page, '49c-orders-empty');
    await context.close();
  }
  {
    const { context, page } = await session('staff-mall');
    await page.goto(`${base}/#/pages/login/index`);
    await page.click('.demo-login-staff-s001');
    await page.waitForSelector('.scan-input', { timeout: 15000 });
    await page.fill('.scan-input input', '4821 3057');
    await page.click('.scan-submit');
    await page.waitForSelector('.handout-confirm', { timeout: 15000 });
    await page.setViewportSize({ width: 375, height: 1100 });
    await shot(page, '50-scan-order');
    await page.click('.handout-confirm');
    await page.waitForSelector('.handout-done', { timeout: 15000 });
    await shot(page, '51-scan-order-handed-out');
    await page.fill('.scan-input input', '11223344');
    await page.click('.scan-submit');
    await page.waitForSelector('.handout-blocked', { timeout: 15000 });
    await shot(page, '52-scan-order-already');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${base}/#/store/activity/index`);
    await page.waitForSelector('.activity-row, .empty-state, .error-state', { timeout: 15000 });
    await shot(page, '53-activity-handouts');
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Coupons (mock): the member's wallet, a coupon's QR, 领券中心; staff with the member's coupons, a coupon code and
// 记录消费 with a coupon; the marketer's templates, a campaign form with its audience count, a campaign's results.

async function couponShots() {
  {
    const { context, page } = await session('coupons');
    await page.goto(`${base}/#/pages/login/index`);
    await page.click('.demo-login-demo-member-1');
    await page.waitForSelector('.card-open-coupons', { timeout: 15000 });
    await page.waitForTimeout(600);
    await shot(page, '60-card-coupons-entry');
    await page.click('.card-open-coupons');
    await page.waitForSelector('.coupon-card', { timeout: 15000 });
    await shot(page, '61-wallet');
    await page.setViewportSize({ width: 375, height: 1100 });
    await shot(page, '61b-wallet-full');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.click('.coupons-tab-used');
    await page.waitForSelector('.coupon-card--used', { timeout: 15000 });
    await shot(page, '62-wallet-used');
    await page.click('.coupons-tab-expired');
    await page.waitForSelector('.coupon-card--revoked', { timeout: 15000 });
    await shot(page, '63-wallet-expired');
    await page.click('.coupons-tab-available');
    await page.waitForSelector('.coupon-card-cpn-1', { timeout: 15000 });
    await page.click('.coupon-card-cpn-1');
    await page.waitForSelector('.coupon-qr', { timeout: 15000 });
    await shot(page, '64-coupon-qr');
    await page.setViewportSize({ width: 375, height: 1100 });
    await shot(page, '64b-coupon-qr-full');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${base}/#/pages/coupon/index?couponId=cpn-xmas`);
    await page.waitForSelector('.coupon-no-code', { timeout: 15000 });
    await shot(page, '65-coupon-not-yet');
    await page.goto(`${base}/#/pages/coupon-center/index`);
    await page.waitForSelector('.claim-cmp-claim', { timeout: 15000 });
    await shot(page, '66-coupon-center');
    await page.click('.claim-cmp-claim');
    await page.waitForSelector('.claim-cmp-claim.claim-button--claimed', { timeout: 15000 });
    await shot(page, '67-coupon-center-claimed');
    fixtures.coupons = fixtures.coupons.filter((coupon) => coupon.status !== 'available');
    await page.goto(`${base}/#/pages/coupons/index`);
    await page.waitForSelector('.coupons-empty', { timeout: 15000 });
    await shot(page, '68-wallet-empty');
    await context.close();
  }
  fixtures.coupons = [
    coupon({ couponId: 'cpn-1' }),
    coupon({
      couponId: 'cpn-latte',
      title: '周末拿铁 8.8 折',
      type: 'percent_off',
      valueFen: null,
      percent: 88,
      maxDiscountFen: 2000,
      minSpendFen: 0,
      source: 'claim',
      validUntil: new Date(now + 2 * day).toISOString(),
    }),
    coupon({
      couponId: 'cpn-welcome',
      title: '新人首杯免费',
      type: 'gift',
      giftName: '任意中杯饮品',
      valueFen: 2800,
      minSpendFen: 0,
      source: 'new-member',
    }),
  ];
  {
    const { context, page } = await session('staff-coupons');
    await page.goto(`${base}/#/pages/login/index`);
    await page.click('.demo-login-staff-s001');
    await page.waitForSelector('.scan-input', { timeout: 15000 });
    await page.fill('.scan-input input', 'CPN.01JDEMO0000000000000000000.cpn-1.1795000000.k3Jd9_xQ2mPa7LzB');
    await page.click('.scan-submit');
    await page.waitForSelector('.scan-coupon', { timeout: 15000 });
    await page.setViewportSize({ width: 375, height: 1000 });
    await shot(page, '70-scan-coupon-code');
    await page.fill('.scan-input input', '10000000117000000004821930517362948');
    await page.click('.scan-submit');
    await page.waitForSelector('.scan-coupon-cpn-1', { timeout: 15000 });
    await page.setViewportSize({ width: 375, height: 1200 });
    await shot(page, '71-scan-member-coupons');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.click('.purchase-open');
    await page.waitForSelector('.purchase-coupon-cpn-1', { timeout: 15000 });
    await page.fill('.purchase-amount input', '25');
    await page.fill('.purchase-receipt input', 'R20261123');
    await page.click('.purchase-coupon-cpn-1');
    await page.click('.purchase-preview-button');
    await page.waitForSelector('.purchase-coupon-error', { timeout: 15000 });
    await page.setViewportSize({ width: 375, height: 1100 });
    await shot(page, '72-purchase-coupon-refused');
    await page.fill('.purchase-amount input', '58');
    await page.click('.purchase-preview-button');
    await page.waitForSelector('.purchase-preview-coupon', { timeout: 15000 });
    await page.setViewportSize({ width: 375, height: 1300 });
    await shot(page, '73-purchase-coupon-preview');
    await page.click('.purchase-confirm');
    await page.waitForSelector('.purchase-result', { timeout: 15000 });
    await page.setViewportSize({ width: 375, height: 1000 });
    await shot(page, '74-purchase-coupon-result');
    await context.close();
  }
  for (const [width, height, suffix] of [
    [375, 812, ''],
    [1280, 800, '-laptop'],
  ]) {
    const { context, page } = await session(`marketer${suffix}`);
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/#/pages/login/index`);
    await page.click('.demo-login-marketer');
    await page.waitForSelector('.marketer-open-campaigns', { timeout: 15000 });
    await shot(page, `80-marketer-home${suffix}`);
    await page.click('.marketer-open-templates');
    await page.waitForSelector('.template-row', { timeout: 15000 });
    await shot(page, `81-templates${suffix}`);
    await page.click('.templates-new');
    await page.waitForSelector('.template-submit', { timeout: 15000 });
    await page.click('.template-type-percent_off');
    await page.fill('.template-title input', '拿铁8.8折');
    await page.fill('.template-discount input', '8.8');
    await page.fill('.template-max-discount input', '20');
    await page.click('.template-stores-some');
    await page.waitForSelector('.template-store-S001', { timeout: 15000 });
    await page.click('.template-store-S001');
    await page.setViewportSize({ width, height: Math.max(height, 1300) });
    await shot(page, `82-template-form${suffix}`);
    await page.setViewportSize({ width, height });
    await page.click('.template-submit');
    await page.waitForSelector('.templates-new', { timeout: 15000 });
    await page.waitForSelector('.template-row-tpl-new-3, .template-row-tpl-new-4', { timeout: 15000 });
    await shot(page, `82b-templates-created${suffix}`);
    await page.click('.templates-new');
    await page.waitForSelector('.template-submit', { timeout: 15000 });
    await page.fill('.template-value input', '50');
    await page.fill('.template-min-spend input', '30');
    await page.click('.template-validity-fixed');
    await page.fill('.template-valid-from input', '2026-12-31');
    await page.fill('.template-valid-until input', '2026-12-01');
    await page.click('.template-submit');
    await page.waitForSelector('.template-title-error', { timeout: 5000 });
    await page.setViewportSize({ width, height: Math.max(height, 1300) });
    await shot(page, `82c-template-form-errors${suffix}`);
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/#/marketer/campaign-new/index`);
    await page.waitForSelector('.campaign-create', { timeout: 15000 });
    await page.fill('.campaign-name input', '普通会员回馈');
    await page.click('.campaign-template-tpl-1 .template-row');
    await page.click('.audience-level-L1');
    await page.fill('.audience-inactive-days input', '30');
    await page.waitForFunction(() => document.querySelector('.audience-count')?.textContent === '1,864', null, {
      timeout: 15000,
    });
    await page.waitForTimeout(300);
    await page.setViewportSize({ width, height: width > 800 ? 1100 : 2000 });
    await shot(page, `83-campaign-form${suffix}`);
    await page.setViewportSize({ width, height });
    await page.click('.campaign-create');
    await page.waitForSelector('.campaign-launch', { timeout: 15000 });
    await shot(page, `84-campaign-draft${suffix}`);
    await page.click('.campaign-launch');
    await page.waitForSelector('.taro-model__confirm', { timeout: 5000 });
    await shot(page, `85-campaign-launch-confirm${suffix}`);
    await page.click('.taro-model__confirm');
    await page.waitForSelector('.campaign-progress', { timeout: 15000 });
    await page.waitForTimeout(2500);
    await shot(page, `86-campaign-dispatching${suffix}`);
    await page.goto(`${base}/#/marketer/campaign/index?campaignId=cmp-push`);
    await page.waitForSelector('.campaign-stat-redeemed', { timeout: 15000 });
    await page.setViewportSize({ width, height: Math.max(height, 1000) });
    await shot(page, `87-campaign-results${suffix}`);
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/#/marketer/campaigns/index`);
    await page.waitForSelector('.campaign-row', { timeout: 15000 });
    await shot(page, `88-campaigns${suffix}`);
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Points engine: member points and level pages, staff purchase with a level-up, refund, today's activity.

async function http(method, path, { token, body, clock, key } = {}) {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(clock ? { 'x-clock': clock } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(json)}`);
  return json;
}

function loginApi(openid) {
  return http('POST', '/v1/auth/wechat', { body: { code: `dev:${openid}` } });
}
function receipt(tag) {
  return `${tag}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1000)}`;
}

async function buy(staff, member, amountFen, clock, tag = 'R') {
  const { code } = await http('GET', '/v1/me/code', { token: member.token, clock });
  return http('POST', '/v1/store/purchases', {
    token: staff.token,
    clock,
    key: receipt('k'),
    body: { memberCode: code, receiptNo: receipt(tag), amountFen },
  });
}

/** A browser page logged in as `auth`: the session the app keeps in Taro storage is there before any script runs. */
async function pageAs(role, auth) {
  const { context, page } = await session(role);
  const stored = JSON.stringify({
    data: {
      token: auth.token,
      expiresAt: auth.expiresAt,
      role: auth.role,
      ...(auth.memberId ? { memberId: auth.memberId } : {}),
      ...(auth.storeId ? { storeId: auth.storeId } : {}),
    },
  });
  await context.addInitScript((value) => {
    if (!sessionStorage.getItem('shots.session-set')) {
      localStorage.setItem('hyk.session', value);
      sessionStorage.setItem('shots.session-set', '1');
    }
  }, stored);
  return { context, page };
}

async function pointsEngineShots() {
  const stamp = Date.now().toString(36);
  const staff = await loginApi('staff-s001');
  const marketer = await loginApi('marketer');

  // Member A: a year of purchases (past months through X-Clock), an upgrade, a partial refund, an adjustment.
  const a = await loginApi(`shots-a-${stamp}`);
  await http('PATCH', '/v1/me', { token: a.token, body: { nickname: '林间拿铁' } });
  const history = [
    ['2025-12-10T11:00:00+08:00', 8800],
    ['2026-02-14T15:20:00+08:00', 4600],
    ['2026-04-03T09:10:00+08:00', 6250],
    ['2026-06-18T18:40:00+08:00', 7500],
    ['2026-08-08T12:05:00+08:00', 12000],
    ['2026-09-20T16:30:00+08:00', 3800],
    ['2026-10-12T10:15:00+08:00', 9500],
  ];
  let toRefund;
  for (const [clock, fen] of history) {
    const purchase = await buy(staff, a, fen, clock);
    if (fen === 9500) toRefund = purchase;
  }
  await buy(staff, a, 4250, undefined);
  await http('POST', `/v1/store/purchases/${toRefund.purchaseId}/refund`, {
    token: staff.token,
    key: receipt('k'),
    body: { amountFen: 2000 },
  });
  const me = await http('GET', '/v1/me', { token: a.token });
  await http('POST', `/v1/admin/members/${me.memberId}/points`, {
    token: marketer.token,
    key: receipt('k'),
    body: { points: 30, reason: '门店活动补偿' },
  });

  // Member B: points spent (an adjustment), then the purchase refunded → a debt.
  const b = await loginApi(`shots-b-${stamp}`);
  await http('PATCH', '/v1/me', { token: b.token, body: { nickname: '周末咖啡' } });
  const bought = await buy(staff, b, 6000, undefined);
  const meB = await http('GET', '/v1/me', { token: b.token });
  await http('POST', `/v1/admin/members/${meB.memberId}/points`, {
    token: marketer.token,
    key: receipt('k'),
    body: { points: -50, reason: '积分兑换咖啡勺' },
  });
  await http('POST', `/v1/store/purchases/${bought.purchaseId}/refund`, {
    token: staff.token,
    key: receipt('k'),
    body: {},
  });

  {
    const { context, page } = await pageAs('member-a', a);
    await page.goto(`${base}/#/pages/card/index`);
    await page.waitForSelector('.member-qr, .error-state', { timeout: 15000 });
    await page.click('.level-card-open-points');
    await page.waitForSelector('.points-row, .points-empty, .error-state', { timeout: 15000 });
    await shot(page, '10-points');
    await page.setViewportSize({ width: 375, height: 1400 });
    await shot(page, '10b-points-full');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.click('.points-chip--use');
    await page.waitForSelector('.points-row, .points-empty', { timeout: 15000 });
    await shot(page, '11-points-filter-use');
    await page.click('.points-tab-lots');
    await page.waitForSelector('.points-lot, .empty-state', { timeout: 15000 });
    await shot(page, '12-points-lots');
    await page.goto(`${base}/#/pages/levels/index`);
    await page.waitForSelector('.level-page-badge, .error-state', { timeout: 15000 });
    await shot(page, '13-levels');
    await page.setViewportSize({ width: 375, height: 2000 });
    await shot(page, '13b-levels-full');
    await context.close();
  }
  {
    const { context, page } = await pageAs('member-b', b);
    await page.goto(`${base}/#/pages/points/index`);
    await page.waitForSelector('.points-row, .error-state', { timeout: 15000 });
    await shot(page, '14-points-debt');
    await context.close();
  }

  // Staff: a new member's code → 记录消费 ¥500 → preview (upgrade notice) → confirm → level-up banner.
  const c = await loginApi(`shots-c-${stamp}`);
  await http('PATCH', '/v1/me', { token: c.token, body: { nickname: '晨光美式' } });
  const purchaseReceipt = receipt('P');
  {
    const { context, page } = await pageAs('staff', staff);
    await page.goto(`${base}/#/store/scan/index`);
    await page.waitForSelector('.scan-input', { timeout: 15000 });
    const { code } = await http('GET', '/v1/me/code', { token: c.token });
    await page.fill('.scan-input input', code);
    await page.click('.scan-submit');
    await page.waitForSelector('.purchase-open', { timeout: 15000 });
    await shot(page, '20-scan-with-purchase');
    await page.click('.purchase-open');
    await page.waitForSelector('.purchase-amount', { timeout: 15000 });
    await page.fill('.purchase-amount input', '500');
    await page.fill('.purchase-receipt input', purchaseReceipt);
    await page.click('.purchase-add-line');
    await page.fill('.sku-line-sku-0 input', 'BEANS-1KG');
    await page.fill('.sku-line-qty-0 input', '2');
    await page.fill('.sku-line-price-0 input', '168');
    await shot(page, '21-purchase-form');
    await page.click('.purchase-preview-button');
    await page.waitForSelector('.purchase-preview, .purchase-error', { timeout: 15000 });
    await shot(page, '22-purchase-preview');
    await page.setViewportSize({ width: 375, height: 1200 });
    await shot(page, '22b-purchase-preview-full');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.click('.purchase-confirm');
    await page.waitForSelector('.purchase-result, .purchase-error', { timeout: 15000 });
    await shot(page, '23-purchase-result');

    // Refund: that purchase, in full (the upgrade is reverted).
    await page.goto(`${base}/#/store/refund/index`);
    await page.waitForSelector('.refund-receipt', { timeout: 15000 });
    await shot(page, '24-refund-empty');
    await page.fill('.refund-receipt input', purchaseReceipt);
    await page.click('.refund-find');
    await page.waitForSelector('.refund-confirm, .refund-find-error', { timeout: 15000 });
    await shot(page, '25-refund-found');
    await page.click('.refund-mode-partial');
    await page.fill('.refund-amount-input input', '12.5');
    await shot(page, '25b-refund-partial');
    await page.click('.refund-mode-full');
    await page.click('.refund-confirm');
    await page.waitForSelector('.taro-model__confirm', { timeout: 5000 });
    await shot(page, '26-refund-confirm');
    await page.click('.taro-model__confirm');
    await page.waitForSelector('.refund-result, .refund-error', { timeout: 15000 });
    await shot(page, '27-refund-result');

    await page.goto(`${base}/#/store/activity/index`);
    await page.waitForSelector('.activity-row, .empty-state, .error-state', { timeout: 15000 });
    await shot(page, '28-activity');
    await page.click('.activity-prev');
    await page.waitForTimeout(1200);
    await shot(page, '29-activity-yesterday');
    await context.close();
  }

  // 待到账: a new member's first purchase — its 首次消费 reward waits for the refund window; C's was refunded in full.
  {
    const d = await loginApi(`shots-d-${stamp}`);
    await http('PATCH', '/v1/me', { token: d.token, body: { nickname: '初次到店' } });
    await buy(staff, d, 3800, undefined);
    const { context, page } = await pageAs('member-d', d);
    await page.goto(`${base}/#/pages/card/index`);
    await page.waitForSelector('.member-pending, .error-state', { timeout: 15000 });
    await shot(page, '15-card-pending');
    await page.click('.level-card-open-points');
    await page.waitForSelector('.points-row, .error-state', { timeout: 15000 });
    await shot(page, '16-points-pending');
    await context.close();
  }
  {
    const { context, page } = await pageAs('member-c', c);
    await page.goto(`${base}/#/pages/points/index`);
    await page.waitForSelector('.points-row, .error-state', { timeout: 15000 });
    await shot(page, '17-points-cancelled');
    await context.close();
  }

  // Code expired at the counter.
  {
    const { context, page } = await pageAs('staff-expired', staff);
    const { code } = await http('GET', '/v1/me/code', { token: c.token, clock: '2026-01-01T10:00:00+08:00' });
    await page.goto(`${base}/#/store/purchase/index?code=${code}`);
    await page.waitForSelector('.purchase-amount', { timeout: 15000 });
    await page.fill('.purchase-amount input', '35.5');
    await page.fill('.purchase-receipt input', receipt('X'));
    await page.click('.purchase-preview-button');
    await page.waitForSelector('.purchase-code-problem, .purchase-preview', { timeout: 15000 });
    await shot(page, '30-purchase-code-expired');
    await context.close();
  }
}
