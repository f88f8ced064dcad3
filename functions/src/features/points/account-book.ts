import { AccountBook, lotExpiry, type Actor, type ActiveLot, type ProgramSettings } from '@app/shared';
import type { MemberRecord } from '../../adapters/dynamodb';

/** An AccountBook over the member's stored totals and the given lots, expiring by the program's policy. */
export function openBook(
  member: MemberRecord,
  lots: readonly ActiveLot[],
  settings: ProgramSettings,
  nowMs: number,
  by: Actor,
  newId: () => string,
): AccountBook {
  return new AccountBook({ lotPoints: member.lotPoints, debt: member.pointsDebt }, lots, {
    nowMs,
    by,
    newId,
    expiryFor: (earnedAtMs) => lotExpiry(earnedAtMs, settings.expiry, settings.timezone),
  });
}
