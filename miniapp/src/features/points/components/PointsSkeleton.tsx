import { View } from '@tarojs/components';
import { Skeleton } from '../../../components/skeleton';

/** The history's shape while it loads. */
export function PointsRowsSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <View className="points-rows-skeleton">
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: skeleton rows have no identity but their place
        <View className="points-rows-skeleton__row" key={index}>
          <View className="points-rows-skeleton__left">
            <Skeleton width={150} height={15} />
            <View className="points-rows-skeleton__gap" />
            <Skeleton width={90} height={11} />
          </View>
          <View className="points-rows-skeleton__right">
            <Skeleton width={52} height={17} />
            <View className="points-rows-skeleton__gap" />
            <Skeleton width={64} height={11} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** The whole page's shape before the account arrives. */
export function PointsSkeleton() {
  return (
    <View className="points-skeleton">
      <Skeleton height={132} radius={18} />
      <View className="points-skeleton__gap" />
      <Skeleton height={40} radius={20} />
      <View className="panel">
        <PointsRowsSkeleton />
      </View>
    </View>
  );
}
