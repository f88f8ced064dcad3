import { Text, View } from '@tarojs/components';
import type { CouponView } from '@app/shared';
import {
  conditionsText,
  isExpiringSoon,
  momentText,
  notStartedYet,
  sourceLabel,
  STATUS_LABELS,
  storeScopeText,
  validFromText,
  validUntilText,
} from '../coupon-words';
import { CouponStub } from './CouponStub';

/** The line at the foot of a card: until when it is good, from when, or when it was used. */
export function couponDateLine(coupon: CouponView, now: number): string {
  if (coupon.status === 'used') return coupon.usedAt ? `${momentText(coupon.usedAt)} 已使用` : '已使用';
  if (coupon.status === 'revoked') return '已作废，不能再使用';
  if (notStartedYet(coupon, now)) return validFromText(coupon.validFrom);
  return validUntilText(coupon.validUntil);
}

/**
 * One coupon of the wallet, drawn as a ticket: the value on the stub (¥5 / 8.8折 / the gift), title, conditions,
 * until when, where it came from (新人礼, 集点卡 …) and 即将过期 within three days of its end. Used, expired and
 * revoked ones are greyed with their state stamped on.
 */
export function CouponCard({
  coupon,
  now = Date.now(),
  onOpen,
}: {
  coupon: CouponView;
  now?: number;
  onOpen: (coupon: CouponView) => void;
}) {
  const { status } = coupon;
  const usable = status === 'available';
  const soon = isExpiringSoon(coupon, now);
  const notStarted = notStartedYet(coupon, now);
  return (
    <View
      className={`coupon-ticket coupon-card coupon-card-${coupon.couponId} coupon-card--${status}${soon ? ' coupon-card--soon' : ''}`}
      data-coupon-id={coupon.couponId}
      hoverClass="coupon-ticket--pressed"
      onClick={() => onOpen(coupon)}
    >
      <CouponStub terms={coupon} muted={!usable} />
      <View className="coupon-ticket__body">
        <View className="coupon-ticket__tags">
          <Text className="coupon-ticket__source coupon-card-source">{sourceLabel(coupon.source)}</Text>
          {soon && <Text className="coupon-ticket__soon coupon-expiring">即将过期</Text>}
          {notStarted && <Text className="coupon-ticket__later">未开始</Text>}
        </View>
        <Text className="coupon-ticket__title coupon-card-title">{coupon.title}</Text>
        <Text className="coupon-ticket__conditions">{conditionsText(coupon)}</Text>
        {coupon.storeIds && (
          <Text className="coupon-ticket__scope">{storeScopeText(coupon.storeIds, coupon.storeNames)}</Text>
        )}
        <View className="coupon-ticket__foot">
          <Text className={`coupon-ticket__date coupon-card-valid${soon ? ' coupon-ticket__date--soon' : ''}`}>
            {couponDateLine(coupon, now)}
          </Text>
          {usable && <Text className="coupon-ticket__go">{notStarted ? '查看' : '去使用'}</Text>}
        </View>
      </View>
      {!usable && (
        <View className={`coupon-ticket__stamp coupon-ticket__stamp--${status} coupon-card-status`}>
          <Text>{STATUS_LABELS[status]}</Text>
        </View>
      )}
    </View>
  );
}
