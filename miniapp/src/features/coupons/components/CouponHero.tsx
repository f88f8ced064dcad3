import { Text, View } from '@tarojs/components';
import type { CouponView } from '@app/shared';
import { conditionsText, COUPON_TYPE_LABELS, isExpiringSoon, sourceLabel, STATUS_LABELS } from '../coupon-words';
import { couponDateLine } from './CouponCard';
import { CouponStub } from './CouponStub';

/** The coupon's face on its page: the ticket, larger, with its kind, state and where it came from. */
export function CouponHero({ coupon, now }: { coupon: CouponView; now: number }) {
  const usable = coupon.status === 'available';
  const soon = isExpiringSoon(coupon, now);
  return (
    <View className={`coupon-ticket coupon-hero coupon-hero--${coupon.status}`}>
      <CouponStub terms={coupon} muted={!usable} />
      <View className="coupon-ticket__body">
        <View className="coupon-ticket__tags">
          <Text className="coupon-ticket__source">{sourceLabel(coupon.source)}</Text>
          <Text className="coupon-ticket__source">{COUPON_TYPE_LABELS[coupon.type]}</Text>
          {soon && <Text className="coupon-ticket__soon coupon-expiring">即将过期</Text>}
        </View>
        <Text className="coupon-ticket__title coupon-hero__title coupon-title">{coupon.title}</Text>
        <Text className="coupon-ticket__conditions">{conditionsText(coupon)}</Text>
        <View className="coupon-ticket__foot">
          <Text className={`coupon-ticket__date coupon-valid${soon ? ' coupon-ticket__date--soon' : ''}`}>
            {couponDateLine(coupon, now)}
          </Text>
          <Text className={`coupon-hero__status coupon-hero__status--${coupon.status} coupon-status`}>
            {STATUS_LABELS[coupon.status]}
          </Text>
        </View>
      </View>
    </View>
  );
}
