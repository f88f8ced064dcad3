import { View } from '@tarojs/components';
import { Skeleton } from '../../../components/skeleton';

/** Placeholder of the 签到 page while the calendar loads. */
export function CheckinSkeleton() {
  return (
    <View className="checkin-skeleton">
      <Skeleton height={250} radius={18} />
      <View className="panel">
        <Skeleton height={18} width="40%" />
        <View className="checkin-skeleton__gap" />
        <Skeleton height={46} />
      </View>
      <View className="panel">
        <Skeleton height={18} width="50%" />
        <View className="checkin-skeleton__gap" />
        <Skeleton height={220} />
      </View>
    </View>
  );
}
