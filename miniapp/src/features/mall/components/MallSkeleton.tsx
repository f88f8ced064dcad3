import { View } from '@tarojs/components';
import { Skeleton } from '../../../components/skeleton';

/** Four cards' shape while the items load. */
export function MallGridSkeleton() {
  return (
    <View className="mall-grid mall-grid--skeleton">
      {[0, 1, 2, 3].map((index) => (
        <View className="mall-item mall-item--skeleton" key={index}>
          <Skeleton height={165} radius={0} />
          <View className="mall-item__body">
            <Skeleton width="80%" height={15} />
            <View className="mall-skeleton__gap" />
            <Skeleton width="50%" height={18} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** The item page's shape while it loads. */
export function MallItemSkeleton() {
  return (
    <View className="mall-item-skeleton">
      <Skeleton height={300} radius={0} />
      <View className="mall-item-page__body">
        <View className="panel">
          <Skeleton width="70%" height={20} />
          <View className="mall-skeleton__gap" />
          <Skeleton width="40%" height={24} />
        </View>
        <View className="panel">
          <Skeleton height={14} />
          <View className="mall-skeleton__gap" />
          <Skeleton height={14} />
          <View className="mall-skeleton__gap" />
          <Skeleton width="60%" height={14} />
        </View>
      </View>
    </View>
  );
}
