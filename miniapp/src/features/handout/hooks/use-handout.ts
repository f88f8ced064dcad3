import type { FulfilOrderResponse, OrderView } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { toApiError, unknownOutcome } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
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
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<FulfilOrderResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const [canRetry, setCanRetry] = useState(false);
  const key = useRef<string | null>(null);
  const busy = useRef(false);

  const fulfil = useCallback(async () => {
    if (busy.current || done || refused || !order.pickupCode) return;
    key.current ??= newIdempotencyKey('handout');
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      setDone(await fulfilOrder(order.pickupCode, key.current));
      key.current = null;
      setCanRetry(false);
    } catch (caught) {
      const failure = toApiError(caught);
      if (unknownOutcome(failure)) {
        setCanRetry(true);
        setError(failure.code === 'NETWORK' ? HANDOUT_NETWORK_MESSAGE : failure.message);
      } else {
        key.current = null;
        setCanRetry(false);
        const refusal = handoutRefusal(failure.code);
        setRefused(!!refusal);
        setError(refusal ?? failure.message);
      }
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, [done, order.pickupCode, refused]);

  return { pending, done, error, refused, canRetry, fulfil };
}
