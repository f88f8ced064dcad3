import { View } from '@tarojs/components';
import { Skeleton } from '../../../components/skeleton';

/** The card page's shape while /v1/me loads. */
export function CardSkeleton() {
  return (
    <View className="card-skeleton">
      <Skeleton height={168} radius={18} />
      <View className="panel">
        <Skeleton width={120} height={16} />
        <View className="card-skeleton__gap" />
        <Skeleton height={8} />
        <View className="card-skeleton__gap" />
        <Skeleton width={200} height={12} />
      </View>
      <View className="panel card-skeleton__qr">
        <Skeleton width={224} height={224} radius={4} />
      </View>
    </View>
  );
}
