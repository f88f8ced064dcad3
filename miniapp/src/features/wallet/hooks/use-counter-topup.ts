import type { StoreTopupResponse, WalletPackagesResponse } from '@app/shared';
import { useCallback, useEffect, useState } from 'react';
import { unansweredMessage } from '../../../lib/api-error';
import { useOnceOnly } from '../../../lib/use-once-only';
import { useResource } from '../../../lib/use-resource';
import { getPackages, storeTopup } from '../api/wallet';
import {
  buildCounterTopup,
  type CounterTopupDraft,
  type CounterTopupErrors,
  counterTopupProblem,
} from '../counter-topup';
import type { MemberAtCounter } from '../../purchase/purchase-form';

/**
 * 充值 at the counter: the packages and custom bounds, the draft, and the once-only submission (the same draft
 * retried after no answer goes with the same Idempotency-Key, so a lost answer never credits twice).
 */
export function useCounterTopup(who: MemberAtCounter | null) {
  const offer = useResource<WalletPackagesResponse>(getPackages);
  const [draft, setDraft] = useState<CounterTopupDraft>({ choice: { custom: '' }, receiptNo: '' });
  const [chosen, setChosen] = useState(false);
  const [errors, setErrors] = useState<CounterTopupErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<StoreTopupResponse | null>(null);
  const once = useOnceOnly('store-topup');

  // The first package starts chosen once the packages are known.
  const first = offer.data?.items[0]?.packageId;
  useEffect(() => {
    if (!first || chosen) return;
    setChosen(true);
    setDraft((current) => ({ ...current, choice: { packageId: first } }));
  }, [first, chosen]);

  const edit = useCallback((patch: Partial<CounterTopupDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => ({ ...current, ...(patch.choice ? { amount: undefined } : { receiptNo: undefined }) }));
    setProblem(null);
  }, []);

  const submit = useCallback(async () => {
    if (!offer.data || !who || once.isBusy()) return;
    const built = buildCounterTopup(who, draft, offer.data);
    if (!built.ok) return setErrors(built.errors);
    setProblem(null);
    const outcome = await once.submit(JSON.stringify(built.request), (key) => storeTopup(built.request, key));
    if (outcome.kind === 'done') return setResult(outcome.value);
    if (outcome.kind === 'busy') return;
    if (outcome.kind === 'no-answer') return setProblem(unansweredMessage(outcome.error));
    const refused = counterTopupProblem(outcome.error);
    if (refused.field) setErrors({ [refused.field]: refused.message });
    else setProblem(refused.message);
  }, [draft, offer.data, once, who]);

  const again = useCallback(() => {
    setResult(null);
    setDraft((current) => ({ ...current, receiptNo: '' }));
  }, []);

  return { offer, draft, errors, problem, result, pending: once.pending, canRetry: once.canRetry, edit, submit, again };
}
