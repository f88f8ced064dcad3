import type { CouponTemplateRequest } from '../contracts/coupons';

/**
 * The coupon templates behind the demo program's automatic coupons (product.md), seeded with fixed ids so the
 * program's `automaticCoupons` can name them. Nominal values of gifts are the menu prices, for statistics.
 */
export const demoCouponTemplates: readonly (CouponTemplateRequest & { templateId: string })[] = [
  { templateId: 'tpl-welcome', title: '新人首杯免费', description: '任意中杯饮品兑换券', usageNotes: '到店出示券码，兑换任意中杯饮品一杯', type: 'gift', giftName: '任意中杯饮品', valueFen: 2800, minSpendFen: 0, validity: { kind: 'relative', days: 14, startOffsetDays: 0 } },
  { templateId: 'tpl-upgrade-l2', title: '满30减5', description: '银卡升级礼', usageNotes: '单笔实付满30元可用，每笔限用一张', type: 'amount_off', valueFen: 500, minSpendFen: 3000, validity: { kind: 'relative', days: 30, startOffsetDays: 0 } },
  { templateId: 'tpl-upgrade-l3', title: '任意饮品兑换券', description: '金卡升级礼', usageNotes: '兑换任意饮品一杯', type: 'gift', giftName: '任意饮品', valueFen: 3800, minSpendFen: 0, validity: { kind: 'relative', days: 30, startOffsetDays: 0 } },
  { templateId: 'tpl-birthday-drink', title: '生日任意饮品兑换券', description: '金卡生日礼', usageNotes: '生日当月兑换任意饮品一杯', type: 'gift', giftName: '任意饮品', valueFen: 3800, minSpendFen: 0, validity: { kind: 'relative', days: 30, startOffsetDays: 0 } },
  { templateId: 'tpl-birthday-cup', title: '生日杯', description: '金卡生日礼', usageNotes: '到店领取生日限定杯一只', type: 'gift', giftName: '生日杯', valueFen: 4900, minSpendFen: 0, validity: { kind: 'relative', days: 30, startOffsetDays: 0 } },
  { templateId: 'tpl-silver-snack', title: '银卡专享日小食券', description: '每月8日银卡专享', usageNotes: '兑换任意小食一份', type: 'gift', giftName: '任意小食', valueFen: 1800, minSpendFen: 0, validity: { kind: 'relative', days: 7, startOffsetDays: 0 } },
  { templateId: 'tpl-stamp-card', title: '中杯咖啡兑换券', description: '集点卡集满10点', usageNotes: '兑换中杯咖啡一杯', type: 'gift', giftName: '中杯咖啡', valueFen: 2800, minSpendFen: 0, validity: { kind: 'relative', days: 30, startOffsetDays: 0 } },
  { templateId: 'tpl-mall-coffee', title: '中杯咖啡兑换券', description: '积分商城兑换', usageNotes: '兑换中杯咖啡一杯', type: 'gift', giftName: '中杯咖啡', valueFen: 2800, minSpendFen: 0, validity: { kind: 'relative', days: 30, startOffsetDays: 0 } },
  { templateId: 'tpl-task-phone', title: '绑定手机专享 满30减5', description: '完成“绑定手机号”任务', usageNotes: '单笔实付满30元可用', type: 'amount_off', valueFen: 500, minSpendFen: 3000, validity: { kind: 'relative', days: 30, startOffsetDays: 0 } },
];
