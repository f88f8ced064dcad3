import { Text, View } from '@tarojs/components';
import type { MemberSummary } from '@app/shared';
import { useCallback } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { usePagedList } from '../../../lib/use-paged-list';
import { ListFooter } from '../../campaigns/components/ListFooter';
import { recentMembers } from '../api/console';
import { MemberRow } from './MemberParts';

/**
 * 会员查询 before anything is typed: the members who joined last, newest first, page by page — so a marketer on day
 * one sees who is there and can open anyone's 360 without knowing a number to type.
 */
export function RecentMembers({ onOpen }: { onOpen: (member: MemberSummary) => void }) {
  const list = usePagedList<MemberSummary, 'recent'>(
    useCallback((_filter: 'recent', cursor: string | null) => recentMembers(cursor), []),
    (member) => member.memberId,
    'recent',
  );
  return (
    <View className="panel members-recent">
      <View className="panel__title">
        <Text>最近加入的会员</Text>
        <Text className="panel__hint">最新的在前</Text>
      </View>
      {list.loading ? (
        [0, 1, 2].map((row) => <Skeleton key={row} height={52} className="marketer-skeleton-row" />)
      ) : list.error ? (
        <ErrorState compact title="会员列表加载失败" message={list.error.message} onRetry={() => void list.refresh()} />
      ) : list.items.length === 0 ? (
        <EmptyState
          compact
          message="还没有会员"
          hint="顾客在小程序登录后就会出现在这里"
          className="members-recent-empty"
        />
      ) : (
        <>
          {list.items.map((member) => (
            <MemberRow key={member.memberId} member={member} onOpen={onOpen} />
          ))}
          <ListFooter
            loadingMore={list.loadingMore}
            moreError={list.moreError}
            hasMore={list.hasMore}
            onMore={() => void list.loadMore()}
            end="没有更多会员了"
          />
        </>
      )}
    </View>
  );
}
