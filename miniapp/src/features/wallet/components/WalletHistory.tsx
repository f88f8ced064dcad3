import { Text, View } from '@tarojs/components';
import type { WalletEntryView } from '@app/shared';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { formatDateTime } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import type { PagedList } from '../../../lib/use-paged-list';
import { ENTRY_LABELS } from '../wallet-words';

/** 资金明细: every movement, newest first, page by page; the amount with its bonus part and the balance after. */
export function WalletHistory({ history }: { history: PagedList<WalletEntryView, 'all'> }) {
  const { items, loading, loadingMore, hasMore, error, moreError } = history;
  if (loading) return <Text className="wallet-history__loading">加载中…</Text>;
  if (error)
    return <ErrorState compact title="明细加载失败" message={error.message} onRetry={() => void history.refresh()} />;
  if (items.length === 0) return <EmptyState compact message="还没有资金变动" hint="充值和用余额消费会记在这里" />;
  return (
    <View className="wallet-history">
      {items.map((entry) => {
        const total = entry.principalFen + entry.bonusFen;
        return (
          <View className="wallet-entry" key={entry.id}>
            <View className="wallet-entry__main">
              <Text className="wallet-entry__title">{ENTRY_LABELS[entry.type]}</Text>
              <Text className="wallet-entry__time">{formatDateTime(entry.at)}</Text>
            </View>
            <View className="wallet-entry__side">
              <Text className={`wallet-entry__amount${total > 0 ? ' wallet-entry__amount--in' : ''}`}>
                {total > 0 ? '+' : ''}
                {formatFen(total)}
              </Text>
              <Text className="wallet-entry__after">
                {entry.bonusFen !== 0 ? `含赠送 ${formatFen(Math.abs(entry.bonusFen))} · ` : ''}余额{' '}
                {formatFen(entry.balanceAfterFen)}
              </Text>
            </View>
          </View>
        );
      })}
      <View className="wallet-history__footer">
        {loadingMore ? (
          <Text>加载中…</Text>
        ) : moreError ? (
          <Text onClick={() => void history.loadMore()}>{moreError.message}，点此重试</Text>
        ) : hasMore ? (
          <Text onClick={() => void history.loadMore()}>上拉加载更多</Text>
        ) : (
          <Text>没有更多记录了</Text>
        )}
      </View>
    </View>
  );
}
