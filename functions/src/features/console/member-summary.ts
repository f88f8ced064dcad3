import { formatInZone, levelByCode, pointsView, type MemberSummary, type ProgramSettings } from '@app/shared';
import type { MemberRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/** The phone as a marketer's screen shows it: the middle four digits hidden. */
export const maskPhone = (phone: string | null) => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null);

/** A member in one line: level, points as they stand now (lots past their expiry already taken off). */
export async function memberSummaryOf(
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'pointsAccounts'>,
): Promise<MemberSummary> {
  const lots = await deps.pointsAccounts.activeLots(member.memberId);
  const level = levelByCode(settings.levels, member.levelCode);
  return {
    memberId: member.memberId,
    memberNo: member.memberNo,
    nickname: member.nickname,
    phoneMasked: maskPhone(member.phone),
    levelCode: level.code,
    levelName: level.name,
    points: pointsView({ lotPoints: member.lotPoints, debt: member.pointsDebt }, lots, nowMs).balance,
    joinedAt: formatInZone(Date.parse(member.joinedAt), settings.timezone),
    lastPurchaseAt: member.lastPurchaseAt && formatInZone(Date.parse(member.lastPurchaseAt), settings.timezone),
  };
}
