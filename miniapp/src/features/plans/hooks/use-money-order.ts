import { useRouter } from '@tarojs/taro';
import type { OrderCreatedResponse } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { payTopup, returnUrlFor, settledOrder } from '../../wallet/pay';
import { getMoneyOrder } from '../api/plans';
import type { OrderOutcome } from '../plan-words';

/**
 * A plan or punch-card order from tap to result, on the one payment step of 充值: the wallet answers paid at once;
 * WeChat Pay runs the payment step (weapp `requestPayment`, H5 the stand-in's sheet, which comes back with `orderId`
 * and `pay_result`), then the page asks where the order stands until paid or closed (the notification delivers).
 */
export function useMoneyOrder() {
  const { params } = useRouter();
  const [busy, setBusy] = useState(false);
  const [polling, setPolling] = useState(false);
  const [outcome, setOutcome] = useState<OrderOutcome | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const follow = useCallback(async (orderId: string) => {
    setPolling(true);
    try {
      const order = await settledOrder(
        () => getMoneyOrder(orderId),
        () => alive.current,
      );
      if (!order) setOutcome({ kind: 'confirming', orderId });
      else setOutcome(order.status === 'closed' ? { kind: 'closed' } : { kind: 'paid' });
    } catch {
      setOutcome({ kind: 'confirming', orderId });
    } finally {
      if (alive.current) setPolling(false);
    }
  }, []);

  const returnedFrom = params.orderId ?? '';
  const result = params.pay_result ?? '';
  useEffect(() => {
    if (!returnedFrom) return;
    if (result === 'cancel') setOutcome({ kind: 'cancelled' });
    else void follow(returnedFrom);
  }, [returnedFrom, result, follow]);

  const start = useCallback(
    async (create: () => Promise<OrderCreatedResponse>) => {
      setBusy(true);
      setOutcome(null);
      try {
        const order = await create();
        if (order.status === 'paid') {
          setBusy(false);
          return setOutcome({ kind: 'paid' });
        }
        if (!order.payment) throw new Error('no payment arguments');
        const step = await payTopup({ payment: order.payment }, returnUrlFor(order.orderId, 'orderId'));
        if (step === 'left-for-sheet') return;
        setBusy(false);
        if (step === 'paid') await follow(order.orderId);
        else if (step === 'cancelled') setOutcome({ kind: 'cancelled' });
        else setOutcome({ kind: 'failed', message: step.failed });
      } catch (caught) {
        setBusy(false);
        setOutcome({ kind: 'failed', message: toApiError(caught).message });
      }
    },
    [follow],
  );

  return { busy: busy || polling, polling, outcome, start, again: () => setOutcome(null), recheck: follow };
}
