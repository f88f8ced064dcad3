import type { FulfilOrderResponse, OrderView } from '@app/shared';
import { useCallback, useState } from 'react';
import { useOnceOnly } from '../../../lib/use-once-only';
import { handoutRefusal } from '../../store-scan/scan-errors';
import { fulfilOrder } from '../api/handout';
import { HANDOUT_NETWORK_MESSAGE } from '../handout-words';

export interface Handout {
  pending: boolean;
  /** The hand-out done: the order as completed, and whose it was. */
  done: FulfilOrderResponse | null;
  error: string | null;
  /** The server refused it (already handed out, cancelled, expired): no button any more. */
  refused: boolean;
  /** A try got no answer: the button says 重试发放 and sends the same key again. */
  canRetry: boolean;
  fulfil: () => Promise<void>;
}

/**
 * 确认发放 for one scanned order. The Idempotency-Key is made on the first tap and reused by every retry after a
 * try without an answer, so a lost answer can never hand the same order out twice.
 */
export function useHandout(order: OrderView): Handout {
  const [done, setDone] = useState<FulfilOrderResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const once = useOnceOnly('handout');
  const { isBusy, submit: sendOnce } = once;

  const fulfil = useCallback(async () => {
    const pickupCode = order.pickupCode;
    if (isBusy() || done || refused || !pickupCode) return;
    setError(null);
    const outcome = await sendOnce(pickupCode, (key) => fulfilOrder(pickupCode, key));
    if (outcome.kind === 'done') setDone(outcome.value);
    else if (outcome.kind === 'no-answer')
      setError(outcome.error.code === 'NETWORK' ? HANDOUT_NETWORK_MESSAGE : outcome.error.message);
    else if (outcome.kind === 'refused') {
      const refusal = handoutRefusal(outcome.error.code);
      setRefused(!!refusal);
      setError(refusal ?? outcome.error.message);
    }
  }, [done, isBusy, order.pickupCode, refused, sendOnce]);

  return { pending: once.pending, done, error, refused, canRetry: once.canRetry, fulfil };
}
