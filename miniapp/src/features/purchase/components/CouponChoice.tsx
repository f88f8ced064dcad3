import { Text, View } from '@tarojs/components';
import type { CouponView } from '@app/shared';
import { conditionsText, couponValue, isExpiringSoon, validUntilText } from '../../coupons/coupon-words';
import type { PurchaseProblem } from '../purchase-errors';

export interface CouponChoiceProps {
  coupons: CouponView[];
  selected: string | null;
  /** A refusal of the preview or the purchase: shown next to the coupon it is about. */
  problem: PurchaseProblem | null;
  /** The coupon handed over by the scan page is no longer among the member's usable ones. */
  gone?: boolean;
  pending?: boolean;
  disabled?: boolean;
  onSelect: (couponId: string | null) => void;
}

/**
 * 优惠券 at the counter: the member's coupons usable here (from the scan), one of which may be picked for this
 * purchase, or 不使用优惠券. When the server refuses the picked one (未达到使用门槛, 已使用 …) its words are shown
 * under it; picking another (or none) and previewing again goes on.
 */
export function CouponChoice({
  coupons,
  selected,
  problem,
  gone = false,
  pending = false,
  disabled = false,
  onSelect,
}: CouponChoiceProps) {
  const refusal = problem?.kind === 'coupon' ? problem : null;
  const refusedId = refusal ? (refusal.couponId ?? selected) : null;
  const now = Date.now();
  return (
    <View className="panel purchase-coupons">
      <View className="panel__title">
        <Text>优惠券</Text>
        <Text className="panel__hint">{coupons.length > 0 ? `可用 ${coupons.length} 张 · 每单限用一张` : ''}</Text>
      </View>
      {gone && (
        <Text className="purchase-coupons__note purchase-coupon-missing">
          扫码选中的优惠券已不能在本店使用（可能已使用或已过期），请重新选择
        </Text>
      )}
      {coupons.length === 0 ? (
        <Text className="purchase-coupons__empty">
          {pending ? '正在读取会员的优惠券…' : '该会员暂无可在本店使用的优惠券'}
        </Text>
      ) : (
        <View className="purchase-coupons__list">
          {coupons.map((coupon) => {
            const on = coupon.couponId === selected;
            const refused = coupon.couponId === refusedId;
            const value = couponValue(coupon);
            return (
              <View
                key={coupon.couponId}
                className={`purchase-coupon purchase-coupon-${coupon.couponId}${on ? ' purchase-coupon--selected' : ''}${refused ? ' purchase-coupon--refused' : ''}${disabled ? ' purchase-coupon--disabled' : ''}`}
                data-coupon-id={coupon.couponId}
                onClick={() => !disabled && onSelect(coupon.couponId)}
              >
                <View className="purchase-coupon__row">
                  <View className={`purchase-coupon__radio${on ? ' purchase-coupon__radio--on' : ''}`} />
                  <Text className={`purchase-coupon__value purchase-coupon__value--${coupon.type}`}>{value.text}</Text>
                  <View className="purchase-coupon__text">
                    <Text className="purchase-coupon__title">{coupon.title}</Text>
                    <Text className="purchase-coupon__terms">
                      {conditionsText(coupon)} · {validUntilText(coupon.validUntil)}
                      {isExpiringSoon(coupon, now) ? ' · 即将过期' : ''}
                    </Text>
                  </View>
                </View>
                {refused && <Text className="purchase-coupon__error purchase-coupon-error">{refusal!.message}</Text>}
              </View>
            );
          })}
          <View
            className={`purchase-coupon purchase-coupon-none${selected === null ? ' purchase-coupon--selected' : ''}${disabled ? ' purchase-coupon--disabled' : ''}`}
            onClick={() => !disabled && selected !== null && onSelect(null)}
          >
            <View className="purchase-coupon__row">
              <View className={`purchase-coupon__radio${selected === null ? ' purchase-coupon__radio--on' : ''}`} />
              <Text className="purchase-coupon__title purchase-coupon__title--none">不使用优惠券</Text>
            </View>
          </View>
        </View>
      )}
      {refusal && !coupons.some((coupon) => coupon.couponId === refusedId) && (
        <Text className="purchase-coupon__error purchase-coupon-error">{refusal.message}</Text>
      )}
    </View>
  );
}
