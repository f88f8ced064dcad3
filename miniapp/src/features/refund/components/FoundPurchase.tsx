import { Text, View } from '@tarojs/components';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import type { FoundPurchase as FoundPurchaseData } from '../api/refund';

/** The purchase a receipt number found: who, when, what was paid, what was refunded already, what remains. */
export function FoundPurchase({ purchase }: { purchase: FoundPurchaseData }) {
  const fullyRefunded = purchase.refundableFen <= 0;
  return (
    <View className="panel refund-purchase">
      <View className="refund-purchase__head">
        <View className="refund-purchase__avatar">
          <Text>{purchase.nickname.slice(0, 1)}</Text>
        </View>
        <View className="refund-purchase__who">
          <Text className="refund-purchase__nickname">{purchase.nickname}</Text>
          <Text className="refund-purchase__no">会员号 {purchase.memberNo}</Text>
        </View>
        <Text className={`refund-purchase__state${fullyRefunded ? ' refund-purchase__state--done' : ''}`}>
          {fullyRefunded ? '已全额退款' : purchase.refundedFen > 0 ? '部分退款' : '可退款'}
        </Text>
      </View>
      <View className="refund-purchase__facts">
        <View className="refund-purchase__fact">
          <Text className="refund-purchase__label">小票号</Text>
          <Text className="refund-purchase__value">{purchase.receiptNo}</Text>
        </View>
        <View className="refund-purchase__fact">
          <Text className="refund-purchase__label">消费时间</Text>
          <Text className="refund-purchase__value">{formatDateTime(purchase.at)}</Text>
        </View>
        <View className="refund-purchase__fact">
          <Text className="refund-purchase__label">实收金额</Text>
          <Text className="refund-purchase__value refund-paid">{formatFen(purchase.payableFen)}</Text>
        </View>
        {purchase.refundedFen > 0 && (
          <View className="refund-purchase__fact">
            <Text className="refund-purchase__label">已退金额</Text>
            <Text className="refund-purchase__value">{formatFen(purchase.refundedFen)}</Text>
          </View>
        )}
        <View className="refund-purchase__fact">
          <Text className="refund-purchase__label">本单积分 / 成长值</Text>
          <Text className="refund-purchase__value">
            {formatNumber(purchase.points)} / {formatNumber(purchase.growth)}
          </Text>
        </View>
        <View className="refund-purchase__fact refund-purchase__fact--strong">
          <Text className="refund-purchase__label">可退金额</Text>
          <Text className="refund-purchase__refundable refund-refundable">{formatFen(purchase.refundableFen)}</Text>
        </View>
      </View>
    </View>
  );
}
