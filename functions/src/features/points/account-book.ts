import { AccountBook, lotExpiry, lotsOnSchedule, type Actor, type ProgramSettings } from '@app/shared';
import type { MemberRecord } from '../../adapters/dynamodb';

/**
 * An AccountBook over the member's stored totals and lots, expiring by the program's policy. The member item names
 * every lot with points left (`lotsOnSchedule`), so opening a book reads nothing more.
 */
export function openBook(
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  by: Actor,
  newId: () => string,
): AccountBook {
  return new AccountBook({ lotPoints: member.lotPoints, debt: member.pointsDebt }, lotsOnSchedule(member), {
    nowMs,
    by,
    newId,
    expiryFor: (earnedAtMs) => lotExpiry(earnedAtMs, settings.expiry, settings.timezone),
  });
}
