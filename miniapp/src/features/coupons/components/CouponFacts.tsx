import { Text, View } from '@tarojs/components';
import type { CouponView } from '@app/shared';
import { formatFen } from '../../../lib/money';
import { momentText, sourceLabel, storeScopeText, windowEndText } from '../coupon-words';

/** 使用说明: the window, where it can be used, the brand's notes, what it is, where it came from. */
export function CouponFacts({ coupon }: { coupon: CouponView }) {
  const notes = coupon.usageNotes.trim();
  return (
    <View className="panel coupon-facts">
      <View className="panel__title">
        <Text>使用说明</Text>
      </View>
      <View className="coupon-facts__row">
        <Text className="coupon-facts__label">有效期</Text>
        <Text className="coupon-facts__value coupon-window">
          {momentText(coupon.validFrom)} 至 {windowEndText(coupon.validUntil)}
        </Text>
      </View>
      <View className="coupon-facts__row">
        <Text className="coupon-facts__label">适用门店</Text>
        <Text className="coupon-facts__value coupon-scope">{storeScopeText(coupon.storeIds, coupon.storeNames)}</Text>
      </View>
      <View className="coupon-facts__row">
        <Text className="coupon-facts__label">使用规则</Text>
        <Text className="coupon-facts__value">
          {coupon.minSpendFen > 0 ? `实付满 ${formatFen(coupon.minSpendFen)}（等级折扣后）可用` : '无消费门槛'}
          ，每笔消费限用一张
          {coupon.type === 'percent_off' && coupon.maxDiscountFen !== null
            ? `，最多优惠 ${formatFen(coupon.maxDiscountFen)}`
            : ''}
        </Text>
      </View>
      {notes && (
        <View className="coupon-facts__row">
          <Text className="coupon-facts__label">说明</Text>
          <Text className="coupon-facts__value coupon-usage-notes">{notes}</Text>
        </View>
      )}
      {coupon.description.trim() && (
        <View className="coupon-facts__row">
          <Text className="coupon-facts__label">券面</Text>
          <Text className="coupon-facts__value">{coupon.description.trim()}</Text>
        </View>
      )}
      <View className="coupon-facts__row">
        <Text className="coupon-facts__label">来源</Text>
        <Text className="coupon-facts__value">
          {sourceLabel(coupon.source)} · {momentText(coupon.issuedAt)} 获得
        </Text>
      </View>
    </View>
  );
}
