import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { MallItemView } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { usePagedList } from '../../../lib/use-paged-list';
import { useResource } from '../../../lib/use-resource';
import { getPointsAccount } from '../../points/api/points';
import { getMallItems } from '../api/mall';

/**
 * 积分商城: the points account on top, the category tabs (全部 = '') and the items of the chosen one, page by page.
 * Everything reloads when the tab is shown again (points and stock change after an order) and on pull-down.
 */
export function useMallPage() {
  const account = useResource(getPointsAccount, { immediate: false });
  const [categories, setCategories] = useState<string[]>([]);
  const fetchPage = useCallback(async (category: string, cursor: string | null) => {
    const page = await getMallItems({ category: category || null, cursor });
    if (!cursor) setCategories(page.categories);
    return page;
  }, []);
  const items = usePagedList<MallItemView, string>(fetchPage, (item) => item.itemId, '');
  const shown = useRef(false);

  useDidShow(() => {
    void account.reload();
    // The first show is the mount, where the list loads by itself.
    if (shown.current) void items.refresh();
    shown.current = true;
  });

  const refresh = useCallback(
    () => Promise.all([account.reload(), items.refresh()]).then(() => undefined),
    [account, items],
  );

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });

  useReachBottom(() => {
    if (items.hasMore && !items.moreError) void items.loadMore();
  });

  // The chosen category keeps its tab even when nothing of it is on offer any more (its list then says so).
  const shownCategories =
    items.filter && !categories.includes(items.filter) && !items.loading ? [...categories, items.filter] : categories;

  return { account, items, categories: shownCategories, refresh };
}
