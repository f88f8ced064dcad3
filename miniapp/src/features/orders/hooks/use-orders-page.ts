import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { OrderView } from '@app/shared';
import { useCallback, useRef } from 'react';
import { usePagedList } from '../../../lib/use-paged-list';
import { getMyOrders } from '../api/orders';
import { ORDER_TABS, type OrderTabKey } from '../order-words';

const statusOf = (key: OrderTabKey) => ORDER_TABS.find((tab) => tab.key === key)?.status ?? null;

/**
 * 我的兑换: the member's orders of one status tab, newest first, page by page as the list is scrolled. Coming back
 * to the page (after a cancellation, say) and pulling down read the tab again.
 */
export function useOrdersPage() {
  const fetchPage = useCallback(
    (key: OrderTabKey, cursor: string | null) => getMyOrders({ status: statusOf(key), cursor }),
    [],
  );
  const list = usePagedList<OrderView, OrderTabKey>(fetchPage, (order) => order.orderId, 'all');
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
