import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import type { PointsHistory } from '../hooks/use-points-history';
import { POINTS_FILTERS } from '../points-words';
import { PointsRow } from './PointsRow';
import { PointsRowsSkeleton } from './PointsSkeleton';

/** The rows of the chosen filter, with what the bottom of the list should say (loading, retry, the end). */
export function PointsHistoryList({ history }: { history: PointsHistory }) {
  const { items, loading, loadingMore, hasMore, error, moreError } = history;
  if (loading) return <PointsRowsSkeleton />;
  if (error)
    return (
      <ErrorState compact title="积分明细加载失败" message={error.message} onRetry={() => void history.refresh()} />
    );
  if (items.length === 0) {
    const empty = POINTS_FILTERS.find((filter) => filter.key === history.filter)?.empty ?? POINTS_FILTERS[0]!.empty;
    return <EmptyState className="points-empty" message={empty} />;
  }
  return (
    <View className="points-history__rows">
      {items.map((entry) => (
        <PointsRow entry={entry} key={entry.id} />
      ))}
      <View className="points-history__footer">
        {loadingMore ? (
          <Text>加载中…</Text>
        ) : moreError ? (
          <Text className="points-history__retry" onClick={() => void history.loadMore()}>
            {moreError.message}，点此重试
          </Text>
        ) : hasMore ? (
          <Text className="points-history__more" onClick={() => void history.loadMore()}>
            上拉加载更多
          </Text>
        ) : (
          <Text>没有更多记录了</Text>
        )}
      </View>
    </View>
  );
}
