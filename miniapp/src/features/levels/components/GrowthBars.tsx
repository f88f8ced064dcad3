import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { formatNumber } from '../../../lib/format';
import { barShares, bucketsOldestFirst, type GrowthBucket, monthLabel, monthLabelLong } from '../level-words';

const CHART_HEIGHT = 96;

/** 近12个月成长值: one bar per month, oldest on the left; the months that count toward the level are coloured. */
export function GrowthBars({ buckets, qualifying }: { buckets: GrowthBucket[]; qualifying: number }) {
  const months = bucketsOldestFirst(buckets);
  const shares = barShares(months);
  const first = months[0];
  const last = months[months.length - 1];
  return (
    <View className="panel growth-bars">
      <View className="panel__title">
        <Text>近12个月成长值</Text>
        <Text className="panel__hint">
          合计 <Text className="growth-bars__total">{formatNumber(qualifying)}</Text>
        </Text>
      </View>
      <View className="growth-bars__chart" style={{ height: Taro.pxTransform(CHART_HEIGHT + 18) }}>
        {months.map((bucket, index) => (
          <View className="growth-bars__col" key={bucket.month}>
            <Text className="growth-bars__value">{bucket.growth > 0 ? formatNumber(bucket.growth) : ''}</Text>
            <View
              className={`growth-bars__bar${bucket.qualifying ? '' : ' growth-bars__bar--old'}${bucket.growth > 0 ? '' : ' growth-bars__bar--empty'}`}
              style={{ height: Taro.pxTransform(Math.round((shares[index] ?? 0) * CHART_HEIGHT)) }}
            />
          </View>
        ))}
      </View>
      <View className="growth-bars__axis">
        {months.map((bucket, index) => (
          <Text
            className={`growth-bars__month${index === months.length - 1 ? ' growth-bars__month--now' : ''}`}
            key={bucket.month}
          >
            {index === months.length - 1 ? '本月' : monthLabel(bucket.month)}
          </Text>
        ))}
      </View>
      {first && last && (
        <Text className="growth-bars__note">
          统计 {monthLabelLong(first.month)} 至 {monthLabelLong(last.month)}，每月初最早一个月不再计入
        </Text>
      )}
    </View>
  );
}
