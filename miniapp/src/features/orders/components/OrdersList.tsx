import { Text, View } from '@tarojs/components';
import type { OrderView } from '@app/shared';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import type { PagedList } from '../../../lib/use-paged-list';
import { ORDER_TABS, type OrderTabKey } from '../order-words';
import { OrderRow } from './OrderRow';

function OrdersSkeleton() {
  return (
    <View className="orders-skeleton">
      {[0, 1, 2, 3].map((row) => (
        <View className="orders-skeleton__row" key={row}>
          <Skeleton width={64} height={64} radius={10} />
          <View className="orders-skeleton__text">
            <Skeleton width="70%" height={15} />
            <View className="orders-skeleton__gap" />
            <Skeleton width="45%" height={12} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** The orders of the chosen tab, with what the bottom says; nothing yet → a way to the mall. */
export function OrdersList({
  list,
  onOpen,
  onOpenMall,
}: {
  list: PagedList<OrderView, OrderTabKey>;
  onOpen: (order: OrderView) => void;
  onOpenMall: () => void;
}) {
  const { items, loading, loadingMore, hasMore, error, moreError } = list;
  if (loading) return <OrdersSkeleton />;
  if (error)
    return <ErrorState compact title="兑换记录加载失败" message={error.message} onRetry={() => void list.refresh()} />;
  if (items.length === 0) {
    const empty = ORDER_TABS.find((tab) => tab.key === list.filter)?.empty ?? ORDER_TABS[0]!.empty;
    return (
      <View className="orders-empty">
        <EmptyState compact message={empty} />
        <View
          className="btn btn--ghost btn--small orders-empty__go orders-open-mall"
          hoverClass="btn--pressed"
          onClick={onOpenMall}
        >
          <Text>去积分商城看看</Text>
        </View>
      </View>
    );
  }
  return (
    <View className="orders-list">
      {items.map((order) => (
        <OrderRow order={order} key={order.orderId} onOpen={onOpen} />
      ))}
      <View className="orders-list__footer">
        {loadingMore ? (
          <Text>加载中…</Text>
        ) : moreError ? (
          <Text className="orders-list__retry" onClick={() => void list.loadMore()}>
            {moreError.message}，点此重试
          </Text>
        ) : hasMore ? (
          <Text className="orders-list__more" onClick={() => void list.loadMore()}>
            上拉加载更多
          </Text>
        ) : (
          <Text>没有更多记录了</Text>
        )}
      </View>
    </View>
  );
}
