import { DomainError } from '@app/shared';

/**
 * "Now" for one request. Only the local stage honours `X-Clock` (tests and demos of expiry, streaks and
 * reviews); every other stage ignores the header and uses the real clock.
 */
export function requestNow(header: string | undefined, isLocal: boolean, realNow: number): number {
  if (!isLocal || header === undefined) return realNow;
  const instant = Date.parse(header);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(header) || Number.isNaN(instant)) {
    throw new DomainError('VALIDATION_FAILED', 'X-Clock 不是有效的时间', {
      issues: [{ path: 'headers.x-clock', message: 'expected an ISO 8601 timestamp' }],
    });
  }
  return instant;
}
