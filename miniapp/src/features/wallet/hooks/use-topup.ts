import { useRouter } from '@tarojs/taro';
import type { TopupRequest } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { createTopup, getTopup } from '../api/wallet';
import { payTopup, returnUrlFor, settledOrder } from '../pay';
import type { TopupOutcome } from '../wallet-words';

/**
 * 充值 from choice to result: create the top-up (an Idempotency-Key per tap, so a request sent again makes one), the payment step, then ask the
 * server where the top-up stands until it is paid or closed (a few seconds; then 还在确认). The H5 build comes back
 * from the payment sheet to this page with `topupId` and `pay_result`, and polls from there.
 */
export function useTopup() {
  const { params } = useRouter();
  const [busy, setBusy] = useState(false);
  const [polling, setPolling] = useState(false);
  const [outcome, setOutcome] = useState<TopupOutcome | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const follow = useCallback(async (topupId: string) => {
    setPolling(true);
    try {
      const topup = await settledOrder(
        () => getTopup(topupId),
        () => alive.current,
      );
      if (!topup) setOutcome({ kind: 'confirming', topupId });
      else setOutcome(topup.status === 'closed' ? { kind: 'closed' } : { kind: 'paid', topup });
    } catch {
      setOutcome({ kind: 'confirming', topupId });
    } finally {
      if (alive.current) setPolling(false);
    }
  }, []);

  const returnedFrom = params.topupId ?? '';
  const result = params.pay_result ?? '';
  useEffect(() => {
    if (!returnedFrom) return;
    if (result === 'cancel') setOutcome({ kind: 'cancelled' });
    else void follow(returnedFrom);
  }, [returnedFrom, result, follow]);

  const start = useCallback(
    async (request: TopupRequest) => {
      setBusy(true);
      setOutcome(null);
      try {
        const topup = await createTopup(request, newIdempotencyKey('topup'));
        const step = await payTopup(topup, returnUrlFor(topup.topupId));
        if (step === 'left-for-sheet') return;
        setBusy(false);
        if (step === 'paid') await follow(topup.topupId);
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
