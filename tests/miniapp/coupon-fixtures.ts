import type { CampaignView, CouponCenterEntry, CouponTemplateView, CouponView, ScannedMember } from '@app/shared';

const DAY = 86_400_000;

/** A usable 满30减5 coupon (the silver upgrade gift), issued a day ago and good for 30 days. */
export const coupon = (over: Partial<CouponView> = {}): CouponView => ({
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
  validFrom: new Date(Date.now() - DAY).toISOString(),
  validUntil: new Date(Date.now() + 29 * DAY).toISOString(),
  status: 'available',
  source: 'upgrade-gift',
  campaignId: null,
  issuedAt: new Date(Date.now() - DAY).toISOString(),
  usedAt: null,
  usedStoreId: null,
  storeIds: null,
  storeNames: {},
  ...over,
});

export const page = <T>(items: T[], nextCursor: string | null = null) => ({ status: 200, body: { items, nextCursor } });

/** A 领券中心 entry: 8.8折 (max ¥20 off), 50 left, one per member, claimable now. */
export const centerEntry = (over: Partial<CouponCenterEntry> = {}): CouponCenterEntry => ({
  campaignId: 'cmp-1',
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
    storeIds: null,
  },
  remaining: 50,
  claimFrom: '2026-11-01T00:00:00+08:00',
  claimUntil: '2099-12-01T00:00:00+08:00',
  claimedByMe: 0,
  perMemberLimit: 1,
  claimable: true,
  reason: null,
  storeNames: {},
  ...over,
});

export const scannedMember = (over: Partial<ScannedMember> = {}): ScannedMember => ({
  memberId: '01J',
  memberNo: '15184754',
  nickname: '晨光美式',
  level: { code: 'L1', name: '普通会员' },
  discountPercent: 100,
  points: 0,
  stamps: { count: 9, of: 10 },
  ...over,
});

export const template = (over: Partial<CouponTemplateView> = {}): CouponTemplateView => ({
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
  createdAt: '2026-11-20T10:00:00+08:00',
  createdBy: 'marketer',
  ...over,
});

export const campaign = (over: Partial<CampaignView> = {}): CampaignView => ({
  campaignId: 'cmp-1',
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
  status: 'draft',
  scheduleAt: null,
  notify: true,
  stock: null,
  perMemberLimit: 1,
  claimFrom: null,
  claimUntil: null,
  budgetFen: null,
  createdAt: '2026-11-23T10:00:00+08:00',
  createdBy: 'marketer',
  launchedAt: null,
  completedAt: null,
  cancelledAt: null,
  stats: { targeted: 0, issued: 0, claimed: 0, redeemed: 0, redemptionRate: 0, discountFen: 0, salesFen: 0 },
  progress: null,
  ...over,
});
