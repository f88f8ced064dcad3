import { formatInZone, levelByCode, type MemberSummary, type ProgramSettings } from '@app/shared';
import type { MemberRecord } from '../../adapters/dynamodb';
import { currentPoints } from '../../core/member-access';

/** The phone as a marketer's screen shows it: the middle four digits hidden. */
export const maskPhone = (phone: string | null) => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null);

/** A member in one line: level, points as they stand now (lots past their expiry already taken off). */
export function memberSummaryOf(member: MemberRecord, settings: ProgramSettings, nowMs: number): MemberSummary {
  const level = levelByCode(settings.levels, member.levelCode);
  return {
    memberId: member.memberId,
    memberNo: member.memberNo,
    nickname: member.nickname,
    phoneMasked: maskPhone(member.phone),
    levelCode: level.code,
    levelName: level.name,
    points: currentPoints(member, nowMs).balance,
    joinedAt: formatInZone(Date.parse(member.joinedAt), settings.timezone),
    lastPurchaseAt: member.lastPurchaseAt && formatInZone(Date.parse(member.lastPurchaseAt), settings.timezone),
  };
}
