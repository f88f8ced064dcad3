import { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { getMyCoupons } from '../api/coupons';

/** How many usable coupons a 优惠券 entry names: read on every show and pull-down; null until known (or when the read failed). */
export function useAvailableCouponCount(): { count: number | null; more: boolean } {
  const [state, setState] = useState<{ count: number | null; more: boolean }>({ count: null, more: false });
  const load = useCallback(async () => {
    try {
      const page = await getMyCoupons({ status: 'available', limit: 50 });
      setState({ count: page.items.length, more: page.nextCursor !== null });
    } catch {
      // The entry still opens the wallet; it just does not say how many.
    }
  }, []);
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load();
  });
  return state;
}

/** `3 张可用`, `50+ 张可用`, or the quieter hint while unknown or none. */
export function couponCountText(state: { count: number | null; more: boolean }): string {
  if (state.count === null) return '查看我的券';
  if (state.count === 0) return '去领券中心看看';
  return `${state.count}${state.more ? '+' : ''} 张可用`;
}
