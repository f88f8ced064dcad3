/** Returned by an attempt that lost a race (a version or a lot changed under it): run it again on fresh reads. */
export const RETRY = Symbol('retry');

/**
 * Optimistic concurrency: each attempt reads, decides and writes conditionally; a lost race retries with
 * jittered, growing backoff. Fifty simultaneous purchases for one member all land, one after another.
 */
export async function retrying<T>(attempt: (attemptNo: number) => Promise<T | typeof RETRY>, maxAttempts = 60): Promise<T> {
  for (let attemptNo = 0; attemptNo < maxAttempts; attemptNo++) {
    const outcome = await attempt(attemptNo);
    if (outcome !== RETRY) return outcome;
    const ceiling = Math.min(200, 10 * 2 ** Math.min(attemptNo, 5));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
  }
  throw new Error(`gave up after ${maxAttempts} attempts: too much contention on one member`);
}
