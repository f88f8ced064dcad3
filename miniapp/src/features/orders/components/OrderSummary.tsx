import { Text, View } from '@tarojs/components';
import type { OrderView } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { ItemImage } from '../../mall/components/ItemImage';
import { formatMoment } from '../order-words';

/** What was redeemed: the item and quantity, the points paid, the cash to pay at pickup, when, the order number. */
export function OrderSummary({ order }: { order: OrderView }) {
  const toPay = order.status === 'awaiting_pickup';
  // Cash is paid at the counter: due while awaiting pickup, paid once handed out, never for a cancelled order.
  const cashLabel = toPay ? '到店支付' : order.status === 'completed' ? '门店已付' : null;
  return (
    <View className="panel order-summary">
      <View className="order-summary__item">
        <ItemImage name={order.itemName} category={order.itemName} src={order.image} size="thumb" />
        <View className="order-summary__text">
          <Text className="order-summary__name order-item-name">{order.itemName}</Text>
          <Text className="order-summary__qty">数量 ×{order.quantity}</Text>
        </View>
      </View>
      <View className="order-summary__row">
        <Text className="order-summary__label">消耗积分</Text>
        <Text className="order-summary__value order-summary__value--points order-points">
          {formatNumber(order.points)} 积分
        </Text>
      </View>
      {order.cashFen > 0 && cashLabel && (
        <View className="order-summary__row">
          <Text className="order-summary__label">{cashLabel}</Text>
          <Text className={`order-summary__value order-cash${toPay ? ' order-summary__value--due' : ''}`}>
            {formatFen(order.cashFen)}
          </Text>
        </View>
      )}
      <View className="order-summary__row">
        <Text className="order-summary__label">兑换时间</Text>
        <Text className="order-summary__value order-summary__value--plain">{formatMoment(order.createdAt)}</Text>
      </View>
      <View className="order-summary__row">
        <Text className="order-summary__label">兑换单号</Text>
        <Text className="order-summary__value order-summary__value--plain order-id">{order.orderId}</Text>
      </View>
    </View>
  );
}
