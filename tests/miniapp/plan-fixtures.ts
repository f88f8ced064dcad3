import type { PlanView, PunchCardView, PunchProductView } from '@app/shared';

export const monthly: PlanView = {
  planId: 'PLUS-M',
  name: '啡常PLUS 月卡',
  periodDays: 30,
  priceFen: 1_900,
  benefits: { discountPercent: 88, pointsMultiplier: 1.5, activationTemplateIds: [], monthlyTemplateIds: ['T1'] },
};
export const yearly: PlanView = {
  ...monthly,
  planId: 'PLUS-Y',
  name: '啡常PLUS 年卡',
  periodDays: 365,
  priceFen: 16_800,
};

export const myPlan = {
  planId: 'PLUS-M',
  name: '啡常PLUS 月卡',
  activeUntil: '2026-12-31T23:59:59+08:00',
  benefits: monthly.benefits,
};

export const americano: PunchProductView = {
  productId: 'AMERICANO10',
  name: '美式咖啡10次卡',
  uses: 10,
  priceFen: 19_900,
  validDays: 180,
  covers: '任意门店中杯美式',
};

export const card = (over: Partial<PunchCardView> = {}): PunchCardView => ({
  cardId: 'C1',
  productId: 'AMERICANO10',
  name: '美式咖啡10次卡',
  usesLeft: 8,
  usesTotal: 10,
  validUntil: '2027-05-01T23:59:59+08:00',
  status: 'active',
  history: [
    { useId: 'U1', uses: 2, storeId: 'S001', staff: 'staff-1', receiptNo: 'R-1001', at: '2026-12-01T09:30:00+08:00' },
  ],
  ...over,
});
