import { useCallback, useRef, useState } from 'react';
import { type ApiError, toApiError, unansweredMessage, unknownOutcome } from './api-error';
import { newIdempotencyKey } from './idempotency';

/** How one try of a once-only request ended. */
export type OnceOnlyOutcome<R> =
  | { kind: 'done'; value: R }
  /** No clear answer (no answer, 5xx, still in progress): the same request again goes with the same key. */
  | { kind: 'no-answer'; error: ApiError }
  /** A final answer that is not a success (a refusal, bad input): the key is dropped. */
  | { kind: 'refused'; error: ApiError }
  /** A try of this request is on its way: nothing was sent. */
  | { kind: 'busy' };

/** What a screen shows of one once-only request. */
export interface OnceOnlyState {
  /** A try is on its way. */
  pending: boolean;
  /** The last try got no clear answer: sending the same request again reuses its key (重试…, 不会重复提交). */
  canRetry: boolean;
  /** Why the last try did not succeed (refused or unanswered); null after a success or `forget`. */
  error: ApiError | null;
}

const IDLE: OnceOnlyState = { pending: false, canRetry: false, error: null };

/**
 * "Submit once, retry with the same key when the answer is unknown", the product's core promise, for requests kept
 * apart by a scope (one per coupon-center entry, one per campaign action). A request is what `identity` names
 * (its body as JSON, say): its Idempotency-Key is made at its first try and kept while its tries go unanswered, so a
 * lost answer never does the thing twice; any final answer, another identity or `forget` lets the key go.
 */
export function useOnceOnlyEach(prefix: string | ((scope: string) => string)) {
  const requests = useRef(new Map<string, { identity: string; key: string }>());
  const busy = useRef(new Set<string>());
  const [states, setStates] = useState<Record<string, OnceOnlyState>>({});
  const setState = useCallback(
    (scope: string, state: OnceOnlyState) => setStates((current) => ({ ...current, [scope]: state })),
    [],
  );

  const submit = useCallback(
    async <R>(scope: string, identity: string, send: (key: string) => Promise<R>): Promise<OnceOnlyOutcome<R>> => {
      if (busy.current.has(scope)) return { kind: 'busy' };
      const held = requests.current.get(scope);
      const key =
        held?.identity === identity ? held.key : newIdempotencyKey(typeof prefix === 'string' ? prefix : prefix(scope));
      requests.current.set(scope, { identity, key });
      busy.current.add(scope);
      setState(scope, { pending: true, canRetry: false, error: null });
      try {
        const value = await send(key);
        requests.current.delete(scope);
        setState(scope, IDLE);
        return { kind: 'done', value };
      } catch (caught) {
        const error = toApiError(caught);
        const unknown = unknownOutcome(error);
        if (!unknown) requests.current.delete(scope);
        setState(scope, { pending: false, canRetry: unknown, error });
        return unknown ? { kind: 'no-answer', error } : { kind: 'refused', error };
      } finally {
        busy.current.delete(scope);
      }
    },
    [prefix, setState],
  );

  /** An unanswered try of this scope (of this identity, when named) holds its key: the next try repeats it. */
  const awaitsRetry = useCallback((scope: string, identity?: string) => {
    const held = requests.current.get(scope);
    return held !== undefined && (identity === undefined || held.identity === identity);
  }, []);

  /** The request is no longer wanted (its form changed): the next try is a new request with a new key. */
  const forget = useCallback(
    (scope: string) => {
      requests.current.delete(scope);
      setState(scope, IDLE);
    },
    [setState],
  );

  const isBusy = useCallback((scope: string) => busy.current.has(scope), []);
  const stateOf = (scope: string): OnceOnlyState => states[scope] ?? IDLE;

  return { submit, awaitsRetry, forget, isBusy, stateOf };
}

const ONE = '';

/** `useOnceOnlyEach` for a screen with one such request; its keys start with `prefix` (`refund-…`). */
export function useOnceOnly(prefix: string) {
  const each = useOnceOnlyEach(prefix);
  const { submit: submitIn, awaitsRetry: awaitsRetryIn, forget: forgetIn, isBusy: isBusyIn } = each;
  const submit = useCallback(
    <R>(identity: string, send: (key: string) => Promise<R>) => submitIn(ONE, identity, send),
    [submitIn],
  );
  const awaitsRetry = useCallback((identity?: string) => awaitsRetryIn(ONE, identity), [awaitsRetryIn]);
  const forget = useCallback(() => forgetIn(ONE), [forgetIn]);
  const isBusy = useCallback(() => isBusyIn(ONE), [isBusyIn]);
  return { ...each.stateOf(ONE), submit, awaitsRetry, forget, isBusy };
}

type Unsuccessful = Extract<OnceOnlyOutcome<unknown>, { error: ApiError }>;

/** The server's field issues of a refused form (400 VALIDATION_FAILED), to place under their fields. */
export const issuesOf = (outcome: Unsuccessful): Record<string, unknown> | undefined =>
  outcome.kind === 'refused' && outcome.error.code === 'VALIDATION_FAILED' ? outcome.error.details : undefined;

/**
 * What a form says after a try that did not succeed: that no answer came (try again, nothing is done twice), or
 * `placedText` (请按提示修改后再创建) when the refusal's issues were placed under their fields, or the server's words.
 */
export const formProblem = (outcome: Unsuccessful, placed: boolean, placedText: string): string =>
  outcome.kind === 'no-answer' ? unansweredMessage(outcome.error) : placed ? placedText : outcome.error.message;
