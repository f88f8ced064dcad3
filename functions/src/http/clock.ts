import { DomainError } from '@app/shared';

/** Business time a request may travel to with X-Clock: far enough for every demo and test, never absurd. */
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
const LATEST = Date.parse('3000-01-01T00:00:00Z');

const badClock = (message: string, detail: string) =>
  new DomainError('VALIDATION_FAILED', message, { issues: [{ path: 'headers.x-clock', message: detail }] });

/**
 * "Now" for one request. Only the local stage honours `X-Clock` (tests and demos of expiry, streaks and
 * reviews); every other stage ignores the header and uses the real clock. X-Clock moves business time only:
 * sessions are issued and checked on the real clock.
 */
export function requestNow(header: string | undefined, isLocal: boolean, realNow: number): number {
  if (!isLocal || header === undefined) return realNow;
  const instant = Date.parse(header);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(header) || Number.isNaN(instant))
    throw badClock('X-Clock 不是有效的时间', 'expected an ISO 8601 timestamp');
  if (instant < EARLIEST || instant >= LATEST)
    throw badClock('X-Clock 超出可用范围', 'expected a time between 2000 and 2999');
  return instant;
}

/**
 * No program settings are in force at the instant asked for. At the real "now" that is a deployment that was never
 * seeded (a bug: 500); at an X-Clock time before the program's first version it is the request's fault (400).
 */
export class NoSettingsInForce extends Error {
  constructor(readonly atMs: number) {
    super(`no program settings in force at ${new Date(atMs).toISOString()}: seed the program first`);
  }

  asValidationError(): DomainError {
    return badClock('X-Clock 早于会员计划的第一个版本', 'no program settings are in force at this time');
  }
}

/** The error above, for a request whose time came from X-Clock (the only way to ask for a time before the program). */
export const isClockBeforeProgram = (
  error: unknown,
  event: { headers?: Record<string, string | undefined> },
  isLocal: boolean,
): error is NoSettingsInForce =>
  error instanceof NoSettingsInForce &&
  isLocal &&
  Object.keys(event.headers ?? {}).some((name) => name.toLowerCase() === 'x-clock');
