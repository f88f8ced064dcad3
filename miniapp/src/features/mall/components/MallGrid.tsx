import { Text, View } from '@tarojs/components';
import type { MallItemView } from '@app/shared';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import type { PagedList } from '../../../lib/use-paged-list';
import { MallItemCard } from './MallItemCard';
import { MallGridSkeleton } from './MallSkeleton';
import './MallGrid.scss';

/** The items of the chosen category, two to a row, with what the bottom of the list should say. */
export function MallGrid({
  list,
  onOpen,
}: {
  list: PagedList<MallItemView, string>;
  onOpen: (item: MallItemView) => void;
}) {
  const { items, loading, loadingMore, hasMore, error, moreError } = list;
  if (loading) return <MallGridSkeleton />;
  if (error)
    return <ErrorState compact title="礼品加载失败" message={error.message} onRetry={() => void list.refresh()} />;
  if (items.length === 0) {
    return (
      <EmptyState
        className="mall-empty"
        message={list.filter ? '这个分类暂时没有可兑换的礼品' : '积分商城正在上新，敬请期待'}
        hint="先攒着积分，好礼马上就来"
      />
    );
  }
  return (
    <View className="mall-grid-wrap">
      <View className="mall-grid">
        {items.map((item) => (
          <MallItemCard item={item} key={item.itemId} onOpen={onOpen} />
        ))}
      </View>
      <View className="mall-grid__footer">
        {loadingMore ? (
          <Text>加载中…</Text>
        ) : moreError ? (
          <Text className="mall-grid__retry" onClick={() => void list.loadMore()}>
            {moreError.message}，点此重试
          </Text>
        ) : hasMore ? (
          <Text className="mall-grid__more" onClick={() => void list.loadMore()}>
            上拉加载更多
          </Text>
        ) : (
          <Text>没有更多礼品了</Text>
        )}
      </View>
    </View>
  );
}
