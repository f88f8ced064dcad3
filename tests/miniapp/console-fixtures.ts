import type { AnalyticsOverview, Member360 } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import { emptyStoredValue, member360Wallet, storedValue } from './stored-value-fixtures';

export const overview = (patch: Partial<AnalyticsOverview> = {}): AnalyticsOverview => ({
  from: '2026-11-17',
  to: '2026-11-23',
  members: {
    total: 12840,
    withPurchase: 4943,
    purchaseShare: 0.385,
    newInRange: 312,
    byLevel: [
      { code: 'L1', name: '普通会员', count: 10020 },
      { code: 'L2', name: '银卡会员', count: 2300 },
      { code: 'L3', name: '金卡会员', count: 520 },
    ],
  },
  daily: ['2026-11-22', '2026-11-23'].map((date, index) => ({
    date,
    newMembers: 40 + index,
    checkins: 300 + index,
    purchases: 120 + index,
    salesFen: 420000 + index,
    refundsFen: 0,
    pointsIssued: 5000,
    pointsRedeemed: 1200,
    pointsExpired: 0,
  })),
  stores: [{ storeId: 'S001', name: '啡常时光·人民广场店', purchases: 241, salesFen: 840001, refundsFen: 3500 }],
  storeDaily: [
    { date: '2026-11-22', storeId: 'S001', purchases: 120, salesFen: 420000 },
    { date: '2026-11-23', storeId: 'S001', purchases: 121, salesFen: 420001 },
  ],
  points: {
    outstanding: 1234567,
    debt: 300,
    issued: 10000,
    redeemed: 2400,
    expired: 0,
    expiring: { days30: 8800, days60: 12000, days90: 20500 },
  },
  campaigns: [
    {
      campaignId: 'c1',
      name: '双十一回馈',
      kind: 'push',
      status: 'completed',
      targeted: 1000,
      issued: 990,
      redeemed: 219,
      redemptionRate: 0.2212,
      discountFen: 109500,
      salesFen: 700000,
    },
  ],
  churn: {
    count: 86,
    sample: [
      {
        memberId: 'm9',
        memberNo: '10000009',
        nickname: '老顾客',
        levelCode: 'L2',
        levelName: '银卡会员',
        joinedAt: '2025-01-02T02:00:00Z',
        lastPurchaseAt: '2026-08-01T02:00:00Z',
        purchaseCount: 5,
      },
    ],
    audience: { segments: ['churn-risk'] },
  },
  referrals: [{ memberId: 'm1', memberNo: '10000001', nickname: '拿铁爱好者', rewarded: 6, invited: 9 }],
  freshAt: '2026-11-23T02:00:00Z',
  storedValue: storedValue(),
  ...patch,
});

export const emptyOverview = (): AnalyticsOverview =>
  overview({
    members: { total: 0, withPurchase: 0, purchaseShare: 0, newInRange: 0, byLevel: [] },
    daily: ['2026-11-22', '2026-11-23'].map((date) => ({
      date,
      newMembers: 0,
      checkins: 0,
      purchases: 0,
      salesFen: 0,
      refundsFen: 0,
      pointsIssued: 0,
      pointsRedeemed: 0,
      pointsExpired: 0,
    })),
    stores: [],
    storeDaily: [],
    points: {
      outstanding: 0,
      debt: 0,
      issued: 0,
      redeemed: 0,
      expired: 0,
      expiring: { days30: 0, days60: 0, days90: 0 },
    },
    campaigns: [],
    churn: { count: 0, sample: [], audience: { segments: ['churn-risk'] } },
    referrals: [],
    freshAt: null,
    storedValue: emptyStoredValue(),
  });

export const member360 = (patch: Partial<Member360> = {}): Member360 => ({
  profile: {
    memberId: 'm1',
    memberNo: '10000001',
    nickname: '拿铁爱好者',
    phoneMasked: '138****8000',
    levelCode: 'L2',
    levelName: '银卡会员',
    points: 1260,
    joinedAt: '2025-03-02T02:00:00Z',
    lastPurchaseAt: '2026-11-20T02:00:00Z',
    birthday: '1990-05-20',
    homeStoreId: 'S001',
    referrerId: null,
    growth: 880,
    pointsDebt: 0,
    stamps: 3,
    purchaseCount: 12,
    checkinCount: 30,
    referralsRewarded: 2,
  },
  levelHistory: [
    {
      from: 'L1',
      to: 'L2',
      at: '2025-06-01T00:00:00Z',
      reason: 'upgrade',
      fromName: '普通会员',
      toName: '银卡会员',
    },
  ],
  storeNames: { S001: '啡常时光·人民广场店' },
  ledger: [
    {
      id: 'e1',
      type: 'earn',
      points: 35,
      growth: 35,
      balanceAfter: 1260,
      reason: '消费积分',
      reasonCode: 'purchase',
      ref: { kind: 'purchase', id: 'p1' },
      at: '2026-11-20T02:00:00Z',
    },
  ],
  coupons: [],
  orders: [],
  purchases: [],
  tags: ['咖啡达人'],
  segments: ['returning'],
  badges: [{ code: 'first-checkin', at: '2025-03-03T02:00:00Z' }],
  wallet: member360Wallet(),
  ...patch,
});

/** The program in force as `GET /v1/admin/program` answers it (the demo program, version 1). */
export const programReply = () => ({
  status: 200,
  body: {
    current: { version: 1, effectiveAt: '2020-01-01T00:00:00.000Z', createdBy: 'system:seed', settings: demoProgram },
    upcoming: [],
    history: [{ version: 1, effectiveAt: '2020-01-01T00:00:00.000Z', createdBy: 'system:seed' }],
  },
});

export const storesReply = () => ({
  status: 200,
  body: {
    items: [
      { storeId: 'S001', name: '啡常时光·人民广场店', city: '上海', status: 'open' },
      { storeId: 'S002', name: '啡常时光·陆家嘴店', city: '上海', status: 'open' },
    ],
    nextCursor: null,
  },
});

/** The console's names (program levels, stores) for a mocked API, or undefined for any other path. */
export const namesReply = (path: string) =>
  path === '/v1/admin/program' ? programReply() : path === '/v1/admin/stores' ? storesReply() : undefined;
