import { Text, View } from '@tarojs/components';
import { CouponStub } from '../../coupons/components/CouponStub';
import { conditionsText, storeScopeText, validityText, type StoreNames } from '../../coupons/coupon-words';
import { readDate, readWhole, readYuan, readZhe } from '../form-values';
import type { TemplateDraft } from '../template-form';

/** The coupon as the draft stands, drawn like a member will see it (what cannot be read yet is left as —). */
export function TemplatePreview({ draft, storeNames }: { draft: TemplateDraft; storeNames: StoreNames }) {
  const value = readYuan(draft.value);
  const min = readYuan(draft.minSpend, { optional: true, allowZero: true });
  const cap = readYuan(draft.maxDiscount, { optional: true });
  const terms = {
    type: draft.type,
    valueFen: value.ok ? value.fen! : null,
    percent: readZhe(draft.discount),
    maxDiscountFen: cap.ok ? (cap.fen ?? null) : null,
    minSpendFen: min.ok ? (min.fen ?? 0) : 0,
    giftName: draft.giftName.trim() || null,
  };
  const from = readDate(draft.validFrom);
  const until = readDate(draft.validUntil);
  const days = readWhole(draft.days);
  const validity =
    draft.validityKind === 'fixed'
      ? from && until
        ? `${from} 至 ${until}`
        : '固定日期'
      : days
        ? validityText({ kind: 'relative', days, startOffsetDays: readWhole(draft.startOffsetDays) ?? 0 })
        : '领取后 N 天内有效';
  return (
    <View className="template-preview">
      <Text className="template-preview__label">券面预览</Text>
      <View className="coupon-ticket template-preview__ticket">
        <CouponStub terms={terms} />
        <View className="coupon-ticket__body">
          <Text className="coupon-ticket__title">{draft.title.trim() || '券名称'}</Text>
          <Text className="coupon-ticket__conditions">{conditionsText(terms)}</Text>
          <Text className="coupon-ticket__scope">
            {draft.storeScope === 'some'
              ? storeScopeText(draft.storeIds, storeNames)
              : storeScopeText(null, storeNames)}
          </Text>
          <View className="coupon-ticket__foot">
            <Text className="coupon-ticket__date">{validity}</Text>
          </View>
        </View>
      </View>
    </View>
  );
}
