import type { CreateMallItemRequest } from '../contracts/mall';

/**
 * The demo mall of product.md. Stock, limits and categories are our choices for a coffee chain: everyday items
 * are unlimited or plentiful, the latte-art course is scarce (stock 20, one per member), the custom cup is for
 * 银卡 and above so the level rule is visible. The coupon item issues its coupon at once.
 */
export const demoMallItems: readonly (CreateMallItemRequest & { itemId: string })[] = [
  { itemId: 'demo-spoon', name: '咖啡勺', description: '不锈钢长柄咖啡勺，搅拌拿铁刚刚好。', images: [], category: '咖啡周边', kind: 'goods', couponTemplateId: null, points: 50, cashFen: 0, stock: null, perMemberLimit: null, perOrderLimit: 5, minLevel: null, saleFrom: null, saleUntil: null, sortOrder: 10 },
  { itemId: 'demo-filter', name: '咖啡滤纸', description: 'V60 锥形滤纸 100 张，适合 1–4 杯滤杯。', images: [], category: '咖啡周边', kind: 'goods', couponTemplateId: null, points: 100, cashFen: 0, stock: 200, perMemberLimit: null, perOrderLimit: 5, minLevel: null, saleFrom: null, saleUntil: null, sortOrder: 20 },
  { itemId: 'demo-syrup', name: '咖啡风味糖浆', description: '香草风味糖浆 250 ml，一泵一杯的香甜。', images: [], category: '咖啡周边', kind: 'goods', couponTemplateId: null, points: 500, cashFen: 0, stock: 100, perMemberLimit: 2, perOrderLimit: 2, minLevel: null, saleFrom: null, saleUntil: null, sortOrder: 30 },
  { itemId: 'demo-latte-art', name: '拉花私人课程', description: '门店咖啡师一对一拉花课，60 分钟，含 4 杯练习用奶。', images: [], category: '体验课程', kind: 'goods', couponTemplateId: null, points: 1000, cashFen: 0, stock: 20, perMemberLimit: 1, perOrderLimit: 1, minLevel: null, saleFrom: null, saleUntil: null, sortOrder: 40 },
  { itemId: 'demo-coffee-coupon', name: '中杯咖啡兑换券', description: '兑换后立即发放到“我的优惠券”，30 天内到店兑换中杯咖啡一杯。', images: [], category: '优惠券', kind: 'coupon', couponTemplateId: 'tpl-mall-coffee', points: 300, cashFen: 0, stock: null, perMemberLimit: null, perOrderLimit: 3, minLevel: null, saleFrom: null, saleUntil: null, sortOrder: 5 },
  { itemId: 'demo-cup', name: '定制随行杯', description: '双层保温随行杯 355 ml，可刻名字；领取时另付 ¥20。', images: [], category: '定制好物', kind: 'goods', couponTemplateId: null, points: 800, cashFen: 2000, stock: 50, perMemberLimit: 1, perOrderLimit: 1, minLevel: 'L2', saleFrom: null, saleUntil: null, sortOrder: 50 },
];
