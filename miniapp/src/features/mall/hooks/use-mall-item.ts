import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { OrderView } from '@app/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { replacePage, routes } from '../../../lib/routes';
import { useResource } from '../../../lib/use-resource';
import { rememberOrder } from '../../orders/order-cache';
import { getPointsAccount } from '../../points/api/points';
import { getMallItem } from '../api/mall';
import { quantityBound } from '../mall-words';
import { useRedeem } from './use-redeem';

/** The `?itemId=` of the item page. */
export function useItemIdParam(): string {
  const { params } = useRouter();
  return decodeURIComponent(params.itemId ?? '');
}

/**
 * The item page: the item as the member sees it, the points balance, the quantity (kept within the limits, the
 * stock and the points) and the redemption. Reloads on show and on pull-down; a refusal reloads too and says why.
 */
export function useMallItem(itemId: string) {
  const item = useResource(() => getMallItem(itemId), { immediate: false });
  const account = useResource(getPointsAccount, { immediate: false });
  const [quantity, setQuantityState] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(
    () => Promise.all([item.reload(), account.reload()]).then(() => undefined),
    [item, account],
  );

  useDidShow(() => {
    if (itemId) void reload();
  });
  usePullDownRefresh(() => {
    setNotice(null);
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const balance = account.data ? account.data.balance : null;
  const bound = useMemo(
    () => (item.data ? quantityBound(item.data, balance) : { max: 1, why: '' }),
    [item.data, balance],
  );

  // A fresh answer (less stock, fewer points) can lower the bound below the chosen quantity.
  useEffect(() => {
    setQuantityState((current) => Math.min(Math.max(current, 1), bound.max));
  }, [bound.max]);

  const setQuantity = useCallback(
    (next: number) => setQuantityState(Math.min(Math.max(Math.trunc(next), 1), bound.max)),
    [bound.max],
  );

  const redeem = useRedeem(item.data, quantity, {
    onOrdered: (order: OrderView) => {
      rememberOrder(order);
      void replacePage(routes.order, { orderId: order.orderId, fresh: '1' });
    },
    onRefused: (message) => {
      setNotice(message);
      void reload();
    },
  });

  return { item, account, balance, quantity, setQuantity, bound, redeem, notice, reload };
}
