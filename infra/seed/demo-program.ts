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
      perks: [{ code: 'silver-day', title: '银卡专享日', description: '每月8日赠送小食券一张' }],
    },
    {
      code: 'L3',
      name: '金卡会员',
      threshold: 1500,
      multiplier: 1.5,
      discountPercent: 80,
      upgradeGift: { points: 300, couponTitle: '任意饮品兑换券' },
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
};

export const demoStores = [
  { storeId: 'S001', name: '啡常时光·人民广场店', city: '上海' },
  { storeId: 'S002', name: '啡常时光·陆家嘴店', city: '上海' },
  { storeId: 'S003', name: '啡常时光·静安寺店', city: '上海' },
] as const;
