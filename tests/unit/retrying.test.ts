import { isDomainError } from '@app/shared';
import { RETRY, retrying } from '../../functions/src/core/retry';

describe('retrying lost races', () => {
  test('runs again after a lost race and returns the first real outcome', async () => {
    const seen: number[] = [];
    const outcome = await retrying(async (attemptNo) => {
      seen.push(attemptNo);
      return attemptNo < 3 ? RETRY : 'landed';
    });
    expect([outcome, seen]).toEqual(['landed', [0, 1, 2, 3]]);
  });

  test('a refusal thrown by an attempt ends the retrying at once', async () => {
    let attempts = 0;
    const failing = retrying(async () => {
      attempts++;
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(attempts).toBe(1);
  });

  test('past both the time and the attempt budget it answers BUSY, a coded error a client may repeat', async () => {
    let attempts = 0;
    const started = Date.now();
    const error = await retrying(
      async () => {
        attempts++;
        return RETRY;
      },
      { ms: 30, attempts: 5 },
    ).catch((caught: unknown) => caught);
    expect(isDomainError(error) && error.code).toBe('BUSY');
    expect(isDomainError(error) && error.status).toBe(503);
    expect(attempts).toBeGreaterThanOrEqual(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
  });

  test('a slow attempt still gets the minimum number of attempts after the time is spent', async () => {
    let attempts = 0;
    const error = await retrying(
      async () => {
        attempts++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return RETRY;
      },
      { ms: 1, attempts: 4 },
    ).catch((caught: unknown) => caught);
    expect(isDomainError(error) && error.code).toBe('BUSY');
    expect(attempts).toBe(4);
  });
});
