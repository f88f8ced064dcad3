import { Text, View } from '@tarojs/components';
import type { OrderView } from '@app/shared';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { ItemImage } from '../../mall/components/ItemImage';
import { isPickupOverdue, ORDER_STATUS_LABELS, pickupDigits } from '../order-words';

/** One order in 我的兑换: the item, how many, the points (+ cash), when, its status and — awaiting — the code. */
export function OrderRow({
  order,
  now,
  onOpen,
}: {
  order: OrderView;
  now?: number;
  onOpen: (order: OrderView) => void;
}) {
  const overdue = isPickupOverdue(order, now);
  return (
    <View
      className={`order-row order-row--${order.status}`}
      data-order-id={order.orderId}
      hoverClass="order-row--pressed"
      onClick={() => onOpen(order)}
    >
      <ItemImage name={order.itemName} category={order.itemName} src={order.image} size="thumb" />
      <View className="order-row__main">
        <View className="order-row__title">
          <Text className="order-row__name">{order.itemName}</Text>
          <Text className={`order-row__status order-row__status--${overdue ? 'overdue' : order.status}`}>
            {overdue ? '已过期' : ORDER_STATUS_LABELS[order.status]}
          </Text>
        </View>
        <Text className="order-row__price">
          ×{order.quantity} · {formatNumber(order.points)} 积分
          {order.cashFen > 0 ? ` + ${formatFen(order.cashFen)}` : ''}
        </Text>
        <View className="order-row__foot">
          <Text className="order-row__time">{formatDateTime(order.createdAt, now)}</Text>
          {order.status === 'awaiting_pickup' && order.pickupCode && !overdue && (
            <Text className="order-row__code">提货码 {pickupDigits(order.pickupCode)}</Text>
          )}
        </View>
      </View>
    </View>
  );
}
