import type { MallItemView, OrderView } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { toApiError, unknownOutcome } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
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

/** Only a try without a clear answer is repeated with the same key; anything else was answered. */

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
  const [pending, setPending] = useState(false);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const [canRetry, setCanRetry] = useState(false);
  const request = useRef<{ itemId: string; quantity: number; key: string } | null>(null);
  const busy = useRef(false);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  const forget = () => {
    request.current = null;
    setCanRetry(false);
  };

  const openSheet = useCallback(() => {
    if (!item?.redeemable) return;
    const sameRequest =
      request.current && request.current.itemId === item.itemId && request.current.quantity === quantity;
    if (!sameRequest) forget();
    setSheetError(null);
    setSheetOpen(true);
  }, [item, quantity]);

  const closeSheet = useCallback(() => {
    if (busy.current) return;
    setSheetOpen(false);
  }, []);

  const confirm = useCallback(async () => {
    if (busy.current || !item) return;
    const same = request.current && request.current.itemId === item.itemId && request.current.quantity === quantity;
    const current = same ? request.current! : { itemId: item.itemId, quantity, key: newIdempotencyKey('order') };
    request.current = current;
    busy.current = true;
    setPending(true);
    setSheetError(null);
    try {
      const order = await placeOrder({ itemId: current.itemId, quantity: current.quantity }, current.key);
      forget();
      setSheetOpen(false);
      handlersRef.current.onOrdered(order);
    } catch (caught) {
      const error = toApiError(caught);
      const message = redeemErrorMessage(error);
      if (unknownOutcome(error)) {
        setCanRetry(true);
        setSheetError(message);
      } else if (isRefusal(error)) {
        forget();
        setSheetOpen(false);
        handlersRef.current.onRefused(message);
      } else {
        forget();
        setSheetError(message);
      }
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, [item, quantity]);

  return { sheetOpen, openSheet, closeSheet, pending, sheetError, canRetry, confirm };
}
