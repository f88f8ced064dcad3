import Taro, { useDidHide, useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { OrderView } from '@app/shared';
import { useCallback, useEffect, useState } from 'react';
import { useOnceOnly } from '../../../lib/use-once-only';
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
  const [cancelError, setCancelError] = useState<string | null>(null);
  const once = useOnceOnly('cancel');
  const { isBusy, awaitsRetry, submit: sendOnce } = once;
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

  const cancel = useCallback(async () => {
    if (isBusy() || !order || order.status !== 'awaiting_pickup') return;
    if (!awaitsRetry(orderId)) {
      const { confirm } = await Taro.showModal({
        title: '取消兑换',
        content: `确定取消兑换「${order.itemName}」吗？取消后提货码失效，积分将退回你的账户（兑换期间已过有效期的积分会随即过期）。`,
        confirmText: '确定取消',
        cancelText: '再想想',
        confirmColor: '#b4432f',
      });
      if (!confirm) return;
    }
    setCancelError(null);
    const outcome = await sendOnce(orderId, (key) => cancelMyOrder(orderId, key));
    if (outcome.kind === 'done') {
      setLatest(outcome.value);
      rememberOrder(outcome.value);
    } else if (outcome.kind === 'no-answer') setCancelError(cancelErrorMessage(outcome.error));
    else if (outcome.kind === 'refused') {
      setCancelError(cancelErrorMessage(outcome.error));
      void reload();
    }
  }, [awaitsRetry, isBusy, order, orderId, reload, sendOnce]);

  return {
    order,
    error: order ? null : resource.error,
    loading: resource.loading,
    reload,
    cancel,
    cancelling: once.pending,
    cancelError,
    canRetry: once.canRetry,
  };
}
