import { DomainError } from '@app/shared';

/** Returned by an attempt that lost a race (a version or a lot changed under it): run it again on fresh reads. */
export const RETRY = Symbol('retry');

export interface RetryBudget {
  /** Keep retrying at least this long: 8 s leaves a request room to answer inside the 10 s function timeout. */
  readonly ms: number;
  /** …and at least this many attempts, so a slow machine (each attempt taking seconds) still gets its chances. */
  readonly attempts: number;
}

const REQUEST_BUDGET: RetryBudget = { ms: 8_000, attempts: 20 };

/**
 * Optimistic concurrency: each attempt reads, decides and writes conditionally; a lost race retries with
 * jittered backoff that grows to a second, so a crowd spreads out instead of colliding again: fifty simultaneous
 * purchases for one member land one after another. A request that keeps losing past its budget answers BUSY
 * (503, nothing written), which a client repeats with the same Idempotency-Key — never a codeless failure.
 */
export async function retrying<T>(
  attempt: (attemptNo: number) => Promise<T | typeof RETRY>,
  budget: RetryBudget = REQUEST_BUDGET,
): Promise<T> {
  const deadline = Date.now() + budget.ms;
  for (let attemptNo = 0; ; attemptNo++) {
    const outcome = await attempt(attemptNo);
    if (outcome !== RETRY) return outcome;
    if (attemptNo + 1 >= budget.attempts && Date.now() >= deadline)
      throw new DomainError('BUSY', undefined, { attempts: attemptNo + 1 });
    const ceiling = Math.min(1_000, 10 * 2 ** Math.min(attemptNo, 7));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
  }
}
