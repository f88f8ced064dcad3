import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../../components/empty-state';
import { formatNumber, formatTime } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import type { ActivityItem } from '../api/activity';

const KIND_LABELS: Record<ActivityItem['kind'], string> = { purchase: '消费', refund: '退款', handout: '兑换领取' };

const signedPoints = (points: number) =>
  points > 0 ? `+${formatNumber(points)}` : points < 0 ? `-${formatNumber(-points)}` : '0';

/** One line of the day: when, what, who, the receipt, the money and the points. */
export function ActivityRow({ item }: { item: ActivityItem }) {
  if (item.kind === 'handout') return <HandoutRow item={item} />;
  const money = formatFen(item.kind === 'refund' ? -Math.abs(item.amountFen) : item.amountFen);
  return (
    <View className={`activity-row activity-row--${item.kind}`}>
      <Text className="activity-row__time">{formatTime(item.at)}</Text>
      <View className="activity-row__main">
        <View className="activity-row__title">
          <Text className={`activity-row__kind activity-row__kind--${item.kind}`}>{KIND_LABELS[item.kind]}</Text>
          <Text className="activity-row__who">{item.nickname}</Text>
        </View>
        <Text className="activity-row__meta">
          {item.receiptNo ? `小票 ${item.receiptNo} · ` : ''}会员号 {item.memberNo}
        </Text>
      </View>
      <View className="activity-row__side">
        <Text className={`activity-row__amount activity-row__amount--${item.kind}`}>{money}</Text>
        <Text className="activity-row__points">{signedPoints(item.points)} 积分</Text>
      </View>
    </View>
  );
}

/** A hand-out of the points mall: what was handed out (咖啡滤纸 ×2) to whom, the cash collected, the points it took. */
function HandoutRow({ item }: { item: ActivityItem }) {
  return (
    <View className="activity-row activity-row--handout activity-handout">
      <Text className="activity-row__time">{formatTime(item.at)}</Text>
      <View className="activity-row__main">
        <View className="activity-row__title">
          <Text className="activity-row__kind activity-row__kind--handout">{KIND_LABELS.handout}</Text>
          <Text className="activity-row__who activity-handout__title">{item.title ?? '积分兑换礼品'}</Text>
        </View>
        <Text className="activity-row__meta">
          {item.nickname} · 会员号 {item.memberNo}
        </Text>
      </View>
      <View className="activity-row__side">
        <Text
          className={`activity-row__amount activity-row__amount--handout${item.amountFen === 0 ? ' activity-row__amount--none' : ''}`}
        >
          {item.amountFen === 0 ? '无收款' : `收 ${formatFen(item.amountFen)}`}
        </Text>
        <Text className="activity-row__points">
          {item.points !== 0 ? `${formatNumber(Math.abs(item.points))} 积分兑换` : '积分兑换'}
        </Text>
      </View>
    </View>
  );
}

export function ActivityList({ items, isToday }: { items: ActivityItem[]; isToday: boolean }) {
  if (items.length === 0) {
    return (
      <EmptyState
        compact
        message={isToday ? '今天还没有流水' : '这一天没有流水'}
        hint={isToday ? '记录的消费、退款和兑换领取会出现在这里' : undefined}
      />
    );
  }
  return (
    <View className="activity-list">
      {items.map((item) => (
        <ActivityRow item={item} key={`${item.kind}-${item.id}`} />
      ))}
    </View>
  );
}
