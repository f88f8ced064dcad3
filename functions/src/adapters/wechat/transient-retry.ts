/**
 * Calls to WeChat's servers (server API and WeChat Pay) that fail for a passing reason — no connection, a 5xx,
 * "system busy" — are tried again a bounded number of times, with jittered exponential backoff, and then give
 * their last outcome back to the caller as a typed failure. Only calls that are safe to repeat come here.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** Backoff before the n-th retry is random in [½, 1] × baseDelayMs × 2ⁿ⁻¹, at most maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Each HTTP request gives up after this long. */
  readonly timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 200, maxDelayMs: 2_000, timeoutMs: 2_500 };

export async function retryTransient<T>(
  attempt: () => Promise<T>,
  isTransient: (outcome: T) => boolean,
  policy: RetryPolicy,
): Promise<{ outcome: T; attempts: number }> {
  for (let attemptNo = 1; ; attemptNo++) {
    const outcome = await attempt();
    if (!isTransient(outcome) || attemptNo >= policy.attempts) return { outcome, attempts: attemptNo };
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attemptNo - 1));
    await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + (Math.random() * ceiling) / 2));
  }
}

/** Connection-level failures where the request certainly never reached the server: always safe to repeat. */
const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** The error code of a failed fetch/axios call (fetch wraps it in `cause`). */
export function networkErrorCode(error: unknown): string | undefined {
  const direct = (error as { code?: unknown })?.code;
  if (typeof direct === 'string') return direct;
  const cause = (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof cause === 'string' ? cause : undefined;
}

export const neverDelivered = (error: unknown): boolean => NOT_DELIVERED.has(networkErrorCode(error) ?? '');

export const isTimeout = (error: unknown): boolean =>
  (error as { name?: string })?.name === 'TimeoutError' ||
  ['ECONNABORTED', 'ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT'].includes(networkErrorCode(error) ?? '');
