import { View } from '@tarojs/components';
import { Skeleton } from '../../../components/skeleton';

/** The level page's shape while it loads. */
export function LevelSkeleton() {
  return (
    <View className="level-skeleton">
      <Skeleton height={196} radius={18} />
      <View className="panel">
        <Skeleton width={120} height={16} />
        <View className="level-skeleton__gap" />
        <Skeleton height={8} />
      </View>
      <View className="panel">
        <Skeleton width={140} height={16} />
        <View className="level-skeleton__gap" />
        <Skeleton height={110} />
      </View>
    </View>
  );
}
