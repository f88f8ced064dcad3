import type { MallItemView, OrderView, ScannedMember } from '@app/shared';

/** An item of the mall as a member sees it (the demo mall's 咖啡滤纸 unless told otherwise). */
export const mallItem = (over: Partial<MallItemView> = {}): MallItemView => ({
  itemId: 'demo-filter',
  name: '咖啡滤纸',
  description: 'V60 锥形滤纸 100 张，适合 1–4 杯滤杯。',
  images: [],
  category: '咖啡周边',
  kind: 'goods',
  couponTemplateId: null,
  points: 100,
  cashFen: 0,
  stock: 200,
  perMemberLimit: null,
  perOrderLimit: 5,
  minLevel: null,
  minLevelName: null,
  saleFrom: null,
  saleUntil: null,
  sortOrder: 20,
  redeemable: true,
  reason: null,
  redeemedByMe: 0,
  ...over,
});

/** An order awaiting pickup (two 咖啡滤纸, 200 points), made on 2026-11-23 13:29 (program time). */
export const order = (over: Partial<OrderView> = {}): OrderView => ({
  orderId: '01ORDER',
  itemId: 'demo-filter',
  itemName: '咖啡滤纸',
  image: null,
  kind: 'goods',
  quantity: 2,
  points: 200,
  cashFen: 0,
  status: 'awaiting_pickup',
  pickupCode: '48213057',
  pickupBy: '2099-12-23T05:29:00.000Z',
  couponIds: [],
  createdAt: '2026-11-23T05:29:00.000Z',
  fulfilledAt: null,
  fulfilledStoreId: null,
  cancelledAt: null,
  cancelReason: null,
  pointsRestored: 0,
  pointsExpiredOnReturn: 0,
  ...over,
});

export const scannedMember = (over: Partial<ScannedMember> = {}): ScannedMember => ({
  memberId: '01J',
  memberNo: '10000001',
  nickname: '拿铁爱好者',
  level: { code: 'L2', name: '银卡会员' },
  discountPercent: 90,
  points: 1060,
  stamps: { count: 3, of: 10 },
  ...over,
});

export const itemsReply = (
  items: MallItemView[],
  categories = ['咖啡周边', '体验课程', '定制好物'],
  nextCursor: string | null = null,
) => ({
  status: 200,
  body: { items, nextCursor, categories },
});
