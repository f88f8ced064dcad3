import { Text, View } from '@tarojs/components';
import type { ApiError } from '../../../lib/api-error';

/** The bottom of a paged list: loading, a failed page with a retry, more to load, or the end. */
export function ListFooter({
  loadingMore,
  moreError,
  hasMore,
  onMore,
  end,
}: {
  loadingMore: boolean;
  moreError: ApiError | null;
  hasMore: boolean;
  onMore: () => void;
  end: string;
}) {
  return (
    <View className="marketer-list__footer">
      {loadingMore ? (
        <Text>加载中…</Text>
      ) : moreError ? (
        <Text className="marketer-list__more" onClick={onMore}>
          {moreError.message}，点此重试
        </Text>
      ) : hasMore ? (
        <Text className="marketer-list__more" onClick={onMore}>
          加载更多
        </Text>
      ) : (
        <Text>{end}</Text>
      )}
    </View>
  );
}
