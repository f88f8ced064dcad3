import type { ProgramSettings } from '../../program/settings';
import { addDaysToDate } from '../time/calendar';
import { businessDateOf, zonedParts, zonedTimeToInstant } from '../time/program-time';

/**
 * When a lot earned at `earnedAtMs` expires (epoch ms), or null for `never`.
 * - annual-rolling: points earned in calendar year N (program time) expire at 00:00 on 1 January N+2;
 * - days-after-earn: at 00:00 program time, N days after the business date of earning.
 */
export function lotExpiry(earnedAtMs: number, expiry: ProgramSettings['expiry'], timeZone: string): number | null {
  switch (expiry.policy) {
    case 'never':
      return null;
    case 'annual-rolling':
      return zonedTimeToInstant(`${zonedParts(earnedAtMs, timeZone).year + 2}-01-01`, timeZone);
    case 'days-after-earn':
      return zonedTimeToInstant(addDaysToDate(businessDateOf(earnedAtMs, timeZone), expiry.days), timeZone);
  }
}
