import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useRef } from 'react';
import { type Page, usePagedList } from '../../../lib/use-paged-list';

/**
 * A marketer's list (templates, campaigns): page by page, read again on coming back (after creating one) and on
 * pull-down.
 */
export function useMarketerList<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>, idOf: (item: T) => string) {
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const fetcher = useCallback((_filter: 'all', cursor: string | null) => fetchRef.current(cursor), []);
  const list = usePagedList<T, 'all'>(fetcher, idOf, 'all');
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.refresh();
    shown.current = true;
  });
  usePullDownRefresh(() => {
    void list.refresh().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    if (list.hasMore && !list.moreError) void list.loadMore();
  });
  return list;
}
