import type { ProgramSettings } from '@app/shared';

/** The embedded default program of product.md: 啡常时光, a coffee chain. Data, not code: the seed stores it. */
export const demoProgram: ProgramSettings = {
  name: '啡常时光',
  timezone: 'Asia/Shanghai',
  levels: [
    {
      code: 'L1',
      name: '普通会员',
      threshold: 0,
      multiplier: 1,
      discountPercent: 100,
      upgradeGift: { points: 0, couponTitle: null },
      perks: [{ code: 'stamp-card', title: '集点卡', description: '单笔消费满15元集1点，集满10点得中杯咖啡兑换券' }],
    },
    {
      code: 'L2',
      name: '银卡会员',
      threshold: 500,
      multiplier: 1.2,
      discountPercent: 90,
      upgradeGift: { points: 100, couponTitle: '满30减5' },
      topupThresholdFen: 50_000,
      perks: [{ code: 'silver-day', title: '银卡专享日', description: '每月8日赠送小食券一张' }],
    },
    {
      code: 'L3',
      name: '金卡会员',
      threshold: 1500,
      multiplier: 1.5,
      discountPercent: 80,
      upgradeGift: { points: 300, couponTitle: '任意饮品兑换券' },
      topupThresholdFen: 200_000,
      perks: [
        { code: 'priority', title: '优先服务', description: '门店出示金卡可优先制作' },
        { code: 'birthday-gift', title: '生日礼遇', description: '生日当月赠任意饮品兑换券与生日杯' },
      ],
    },
  ],
  earning: { pointsPerYuan: 1, growthPerYuan: 1, maxPointsPerPurchase: 5000, pendingDays: 0 },
  checkin: {
    basePoints: 5,
    baseGrowth: 1,
    cycleDays: 7,
    bonuses: [
      { day: 3, points: 10 },
      { day: 7, points: 30 },
    ],
    makeupCost: 20,
    makeupsPerMonth: 2,
  },
  expiry: { policy: 'annual-rolling' },
  referral: { referrerPoints: 100, secondLevelPoints: 20, maxRewardedPerYear: 50, minPaidFen: 1000 },
  refundWindowDays: 7,
  tasks: [
    { code: 'complete-profile', title: '完善资料（昵称和生日）', points: 20, growth: 0 },
    { code: 'bind-phone', title: '绑定手机号', points: 20, growth: 0 },
    { code: 'first-checkin', title: '首次签到', points: 10, growth: 0 },
    { code: 'first-purchase', title: '首次消费', points: 50, growth: 0 },
    { code: 'first-redemption', title: '首次积分兑换', points: 10, growth: 0 },
  ],
  levelPolicy: 'one-level',
  stampCard: { minSpendFen: 1500, stampsPerCard: 10 },
  automaticCoupons: {
    newMember: 'tpl-welcome',
    stampCard: 'tpl-stamp-card',
    upgrade: { L2: 'tpl-upgrade-l2', L3: 'tpl-upgrade-l3' },
    birthday: ['tpl-birthday-drink', 'tpl-birthday-cup'],
    levelPerks: [{ levelCode: 'L2', dayOfMonth: 8, templateId: 'tpl-silver-snack' }],
    tasks: { 'bind-phone': 'tpl-task-phone' },
  },
  memberCode: { ttlSeconds: 60 },
  // Ids as WeChat's console issues them (local ones: the stand-in takes any); keywords as the templates of
  // WeChat's public library name them.
  notifications: {
    templates: {
      'coupon-arrived': {
        templateId: 'local-coupon-arrived-Wq3mJ8xZ1vT0cK5pR7sLdN2bY4hA6eF9gU',
        fields: { thing1: 'couponTitle', date2: 'validUntil', thing3: 'body' },
      },
      'points-expiring': {
        templateId: 'local-points-expiring-Hn4kP9wX2cV7bM1qL8tR3sD6fG0jZ5yA',
        fields: { number1: 'points', date2: 'expiryDate', thing3: 'title' },
      },
      'checkin-reminder': {
        templateId: 'local-checkin-reminder-Jx7tQ2mV9nB4cK1wP6rL3sH8dF5gZ0y',
        fields: { thing1: 'title', number2: 'points', time3: 'time' },
      },
      'plan-expiring': {
        templateId: 'local-plan-expiring-Rz5yT8pW3mC6vN1kQ9sL2dH7fB4gJ0xA',
        fields: { thing1: 'planName', date2: 'expiryDate' },
      },
      'topup-success': {
        templateId: 'local-topup-success-Lp2wK7nX4cR9vM6tB1qS8dH3fG5jZ0yA',
        fields: { amount1: 'amount', amount2: 'balance', time3: 'time' },
      },
    },
  },
  pointsAsCash: { enabled: true, pointsPerYuan: 100, maxSharePercent: 50, minPoints: 100 },
  wallet: { customMinFen: 1_000, customMaxFen: 500_000 },
};

export const demoStores = [
  { storeId: 'S001', name: '啡常时光·人民广场店', city: '上海' },
  { storeId: 'S002', name: '啡常时光·陆家嘴店', city: '上海' },
  { storeId: 'S003', name: '啡常时光·静安寺店', city: '上海' },
] as const;
