import type { MallItemView, OrderView } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { useOnceOnly } from '../../../lib/use-once-only';
import { placeOrder } from '../api/mall';
import { isRefusal, redeemErrorMessage } from '../mall-words';

export interface RedeemFlow {
  sheetOpen: boolean;
  openSheet: () => void;
  closeSheet: () => void;
  pending: boolean;
  /** A problem to show in the sheet (the try can be repeated). */
  sheetError: string | null;
  /** A try got no answer: 确认兑换 becomes 重试兑换 and sends the same key again. */
  canRetry: boolean;
  confirm: () => Promise<void>;
}

/**
 * 立即兑换 → the confirmation sheet → 确认兑换 → the order. The Idempotency-Key is made when the member confirms
 * and belongs to that request (item and quantity): a try that got no answer is retried with it, so the points are
 * never spent twice; another quantity is another request with a new key. A refusal (409/404) closes the sheet and
 * is told to the page (`onRefused`), which reloads what it shows.
 */
export function useRedeem(
  item: MallItemView | null,
  quantity: number,
  handlers: { onOrdered: (order: OrderView) => void; onRefused: (message: string) => void },
): RedeemFlow {
  const [sheetOpen, setSheetOpen] = useState(false);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const once = useOnceOnly('order');
  const { isBusy, awaitsRetry, forget, submit: sendOnce } = once;
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  /** One request: this item, this quantity. */
  const identity = item ? `${item.itemId}×${quantity}` : '';

  const openSheet = useCallback(() => {
    if (!item?.redeemable) return;
    if (!awaitsRetry(identity)) forget();
    setSheetError(null);
    setSheetOpen(true);
  }, [awaitsRetry, forget, identity, item]);

  const closeSheet = useCallback(() => {
    if (isBusy()) return;
    setSheetOpen(false);
  }, [isBusy]);

  const confirm = useCallback(async () => {
    if (isBusy() || !item) return;
    setSheetError(null);
    const body = { itemId: item.itemId, quantity };
    const outcome = await sendOnce(identity, (key) => placeOrder(body, key));
    if (outcome.kind === 'done') {
      setSheetOpen(false);
      handlersRef.current.onOrdered(outcome.value);
    } else if (outcome.kind === 'no-answer') setSheetError(redeemErrorMessage(outcome.error));
    else if (outcome.kind === 'refused' && isRefusal(outcome.error)) {
      setSheetOpen(false);
      handlersRef.current.onRefused(redeemErrorMessage(outcome.error));
    } else if (outcome.kind === 'refused') setSheetError(redeemErrorMessage(outcome.error));
  }, [identity, isBusy, item, quantity, sendOnce]);

  return {
    sheetOpen,
    openSheet,
    closeSheet,
    pending: once.pending,
    sheetError,
    canRetry: once.canRetry,
    confirm,
  };
}
