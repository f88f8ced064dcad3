import Taro, { useDidHide, useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { OrderView } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, unknownOutcome } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { useResource } from '../../../lib/use-resource';
import { cancelMyOrder, getMyOrder } from '../api/orders';
import { rememberOrder, recentOrder } from '../order-cache';
import { cancelErrorMessage, isPickupOverdue } from '../order-words';

/** How often an order awaiting pickup is read again while its page is on screen (it flips to 已领取 at the counter). */
export const ORDER_POLL_MS = 10_000;

/** `?orderId=` and `?fresh=1` (just ordered) of the order page. */
export function useOrderParams(): { orderId: string; fresh: boolean } {
  const { params } = useRouter();
  return { orderId: decodeURIComponent(params.orderId ?? ''), fresh: params.fresh === '1' };
}

/**
 * One order: shown at once when this session just received it, read from the server on show, on pull-down and
 * every few seconds while it awaits pickup on screen. 取消兑换 asks first; its Idempotency-Key is made on the
 * confirmation and reused by 重试 after a try without an answer.
 */
export function useOrder(orderId: string) {
  const resource = useResource(() => getMyOrder(orderId), { immediate: false });
  const [latest, setLatest] = useState<OrderView | null>(() => recentOrder(orderId));
  const [visible, setVisible] = useState(true);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const cancelKey = useRef<string | null>(null);
  const [canRetry, setCanRetry] = useState(false);
  const { reload } = resource;

  useEffect(() => {
    if (resource.data) {
      setLatest(resource.data);
      rememberOrder(resource.data);
    }
  }, [resource.data]);

  useDidShow(() => {
    setVisible(true);
    if (orderId) void reload();
  });
  useDidHide(() => setVisible(false));
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const order = latest;
  const awaiting = order?.status === 'awaiting_pickup' && !isPickupOverdue(order);
  useEffect(() => {
    if (!awaiting || !visible) return undefined;
    const timer = setInterval(() => void reload(), ORDER_POLL_MS);
    return () => clearInterval(timer);
  }, [awaiting, visible, reload]);

  const send = useCallback(
    async (key: string) => {
      setCancelling(true);
      setCancelError(null);
      try {
        const cancelled = await cancelMyOrder(orderId, key);
        cancelKey.current = null;
        setCanRetry(false);
        setLatest(cancelled);
        rememberOrder(cancelled);
      } catch (caught) {
        const error = toApiError(caught);
        setCancelError(cancelErrorMessage(error));
        if (unknownOutcome(error)) setCanRetry(true);
        else {
          cancelKey.current = null;
          setCanRetry(false);
          void reload();
        }
      } finally {
        setCancelling(false);
      }
    },
    [orderId, reload],
  );

  const cancel = useCallback(async () => {
    if (cancelling || !order || order.status !== 'awaiting_pickup') return;
    if (cancelKey.current) {
      await send(cancelKey.current);
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '取消兑换',
      content: `确定取消兑换「${order.itemName}」吗？取消后提货码失效，积分将退回你的账户（兑换期间已过有效期的积分会随即过期）。`,
      confirmText: '确定取消',
      cancelText: '再想想',
      confirmColor: '#b4432f',
    });
    if (!confirm) return;
    cancelKey.current = newIdempotencyKey('cancel');
    await send(cancelKey.current);
  }, [cancelling, order, send]);

  return {
    order,
    error: order ? null : resource.error,
    loading: resource.loading,
    reload,
    cancel,
    cancelling,
    cancelError,
    canRetry,
  };
}
