import { Text, View } from '@tarojs/components';
import type { CouponTemplateView } from '@app/shared';
import {
  conditionsText,
  COUPON_TYPE_LABELS,
  couponValue,
  storeScopeText,
  type StoreNames,
  validityText,
} from '../../coupons/coupon-words';
import './TemplateForm.scss';

/** One template: value, name, conditions, how long its coupons are good for, where; pickable in the campaign form. */
export function TemplateRow({
  template,
  storeNames,
  picked,
  onPick,
}: {
  template: CouponTemplateView;
  /** The stores' names as the API lists them (templates carry ids only). */
  storeNames: StoreNames;
  picked?: boolean;
  onPick?: (template: CouponTemplateView) => void;
}) {
  return (
    <View
      className={`template-row template-row-${template.templateId}${onPick ? ' template-row--pickable' : ''}${picked ? ' template-row--picked' : ''}`}
      data-template-id={template.templateId}
      onClick={onPick ? () => onPick(template) : undefined}
    >
      <Text className={`template-row__value template-row__value--${template.type}`}>{couponValue(template).text}</Text>
      <View className="template-row__text">
        <Text className="template-row__title">{template.title}</Text>
        <Text className="template-row__terms">
          {conditionsText(template)} · {validityText(template.validity, '发放')}
        </Text>
        {template.storeIds && (
          <Text className="template-row__terms">{storeScopeText(template.storeIds, storeNames)}</Text>
        )}
      </View>
      <Text className="template-row__type">{picked ? '已选' : COUPON_TYPE_LABELS[template.type]}</Text>
    </View>
  );
}
