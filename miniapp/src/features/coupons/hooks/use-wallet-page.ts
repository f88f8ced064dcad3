import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { CouponView } from '@app/shared';
import { useCallback, useEffect, useRef } from 'react';
import { usePagedList } from '../../../lib/use-paged-list';
import { rememberCoupons } from '../coupon-cache';
import { fetchWalletPage, type WalletTab } from '../wallet-tabs';

/**
 * 我的优惠券: the coupons of one tab, page by page as the list is scrolled. Coming back to the page (after using a
 * coupon, or claiming one) and pulling down read the tab again. Rows read are remembered for the coupon page.
 */
export function useWalletPage(initialTab: WalletTab = 'available') {
  const fetchPage = useCallback((tab: WalletTab, cursor: string | null) => fetchWalletPage(tab, cursor), []);
  const list = usePagedList<CouponView, WalletTab>(fetchPage, (coupon) => coupon.couponId, initialTab);
  const shown = useRef(false);

  useEffect(() => rememberCoupons(list.items), [list.items]);

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
