import { Text, View } from '@tarojs/components';
import type { OrderView } from '@app/shared';
import { formatFen } from '../../../lib/money';
import {
  cancelledPointsText,
  cancelReasonText,
  formatMoment,
  isPickupOverdue,
  ORDER_STATUS_LABELS,
} from '../order-words';
import { PickupCode } from './PickupCode';

/**
 * The state of an order, first thing on its page: 待领取 with the pickup code (and the cash to bring), 已领取 with
 * where and when, 已取消 with why and the points that came back (and those that expired on the way).
 */
export function OrderStatusCard({ order, fresh }: { order: OrderView; fresh: boolean }) {
  const overdue = isPickupOverdue(order);
  const status = order.status;
  return (
    <View className={`panel order-status-card order-status-card--${status}`}>
      <View className="order-status-card__head">
        <View className={`order-status-card__dot order-status-card__dot--${status}`}>
          <Text>{status === 'completed' ? '✓' : status === 'cancelled' ? '×' : '礼'}</Text>
        </View>
        <View className="order-status-card__text">
          <Text className={`order-status-card__status order-status order-status--${status}`}>
            {ORDER_STATUS_LABELS[status]}
          </Text>
          <Text className="order-status-card__sub">
            {status === 'awaiting_pickup'
              ? fresh
                ? '兑换成功！凭提货码到店领取'
                : overdue
                  ? '已超过领取期限，积分将自动退回，也可以现在取消'
                  : '凭提货码到店领取'
              : status === 'completed'
                ? '礼品已在门店领取'
                : cancelReasonText(order)}
          </Text>
        </View>
      </View>

      {status === 'awaiting_pickup' && order.pickupCode && (
        <PickupCode code={order.pickupCode} pickupBy={order.pickupBy} overdue={overdue} />
      )}
      {status === 'awaiting_pickup' && order.cashFen > 0 && !overdue && (
        <Text className="order-status-card__cash order-cash-due">领取时需在门店支付 {formatFen(order.cashFen)}</Text>
      )}

      {status === 'completed' && (
        <View className="order-status-card__facts order-fulfilled">
          <Text className="order-status-card__fact">
            {order.fulfilledStoreId ? `已在门店 ${order.fulfilledStoreId} 领取` : '已在门店领取'}
          </Text>
          {order.fulfilledAt && (
            <Text className="order-status-card__fact order-status-card__fact--muted">
              领取时间 {formatMoment(order.fulfilledAt)}
            </Text>
          )}
          {order.kind === 'coupon' && order.couponIds.length > 0 && (
            <Text className="order-status-card__fact">{order.couponIds.length} 张优惠券已发放到你的账户</Text>
          )}
        </View>
      )}

      {status === 'cancelled' && (
        <View className="order-status-card__facts order-cancelled">
          <Text className="order-status-card__fact order-status-card__fact--points order-points-restored">
            {cancelledPointsText(order).restored}
          </Text>
          {cancelledPointsText(order).expired && (
            <Text className="order-status-card__fact order-status-card__fact--warn order-points-expired">
              {cancelledPointsText(order).expired}
            </Text>
          )}
          {order.cancelledAt && (
            <Text className="order-status-card__fact order-status-card__fact--muted">
              取消时间 {formatMoment(order.cancelledAt)}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
