import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../lib/money';
import type { StoreActivity } from '../api/activity';

/** The day at a glance: sales, refunds, hand-outs (with the cash collected for them), and what the day comes to. */
export function ActivityTotals({
  totals,
  handoutCashFen = 0,
}: {
  totals: StoreActivity['totals'];
  handoutCashFen?: number;
}) {
  return (
    <View className="activity-totals">
      <View className="activity-totals__main">
        <Text className="activity-totals__label">净销售额</Text>
        <Text className="activity-totals__net activity-net">{formatFen(totals.salesFen - totals.refundedFen)}</Text>
      </View>
      <View className="activity-totals__grid">
        <View className="activity-totals__cell">
          <Text className="activity-totals__value activity-sales">{formatFen(totals.salesFen)}</Text>
          <Text className="activity-totals__sub">消费 {totals.purchases} 笔</Text>
        </View>
        <View className="activity-totals__cell">
          <Text className="activity-totals__value activity-refunded">
            {totals.refundedFen > 0 ? `-${formatFen(totals.refundedFen)}` : formatFen(0)}
          </Text>
          <Text className="activity-totals__sub">退款 {totals.refunds} 笔</Text>
        </View>
        <View className="activity-totals__cell">
          <Text className="activity-totals__value activity-handouts">{totals.handouts} 笔</Text>
          <Text className="activity-totals__sub">
            兑换领取{handoutCashFen > 0 ? ` · 收 ${formatFen(handoutCashFen)}` : ''}
          </Text>
        </View>
      </View>
    </View>
  );
}
