import { Text, View } from '@tarojs/components';
import type { CouponView } from '@app/shared';
import {
  conditionsText,
  couponValue,
  isExpiringSoon,
  storeScopeText,
  validUntilText,
} from '../../coupons/coupon-words';
import './ScannedCoupons.scss';

/**
 * The member's coupons usable at this store, under the member summary: tapping one chooses it for the next
 * 记录消费 (tapping it again lets it go). The minimum spend is checked when the purchase is previewed.
 */
export function ScannedCoupons({
  coupons,
  chosenId,
  onToggle,
}: {
  coupons: CouponView[];
  chosenId: string | null;
  onToggle: (coupon: CouponView) => void;
}) {
  if (coupons.length === 0) return null;
  const now = Date.now();
  return (
    <View className="panel scan-coupons">
      <View className="panel__title">
        <Text>可用优惠券</Text>
        <Text className="panel__hint">点选后记录消费时自动使用</Text>
      </View>
      {coupons.map((coupon) => {
        const on = coupon.couponId === chosenId;
        return (
          <View
            key={coupon.couponId}
            className={`scan-coupon-row scan-coupon-${coupon.couponId}${on ? ' scan-coupon-row--on' : ''}`}
            data-coupon-id={coupon.couponId}
            onClick={() => onToggle(coupon)}
          >
            <Text className={`scan-coupon-row__value scan-coupon-row__value--${coupon.type}`}>
              {couponValue(coupon).text}
            </Text>
            <View className="scan-coupon-row__text">
              <Text className="scan-coupon-row__title">{coupon.title}</Text>
              <Text className="scan-coupon-row__terms">
                {conditionsText(coupon)} · {validUntilText(coupon.validUntil)}
              </Text>
              {coupon.storeIds && (
                <Text className="scan-coupon-row__terms scan-coupon-scope">
                  {storeScopeText(coupon.storeIds, coupon.storeNames)}
                </Text>
              )}
            </View>
            {isExpiringSoon(coupon, now) && <Text className="scan-coupon-row__soon">即将过期</Text>}
            <Text className={`scan-coupon-row__pick${on ? ' scan-coupon-row__pick--on' : ''}`}>
              {on ? '已选' : '选用'}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
