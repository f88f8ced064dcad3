import {
  DomainError,
  levelByCode,
  memberCard,
  pointsByExpiryAfter,
  pointsView,
  scheduledLots,
  type Posting,
  type ProgramSettings,
  type ScannedMember,
} from '@app/shared';
import type { MemberRecord } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import type { Principal } from '../http/route';

/** The caller's own member record: a member token only ever reaches its own card. */
export async function callerMember(principal: Principal, deps: Pick<AppDeps, 'members'>): Promise<MemberRecord> {
  const member = principal.memberId ? await deps.members.getById(principal.memberId) : undefined;
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
  return member;
}

/** The member's points as they stand now, whether or not the expiry job has run yet (the member item's schedule). */
export const currentPoints = (member: MemberRecord, nowMs: number) =>
  pointsView({ lotPoints: member.lotPoints, debt: member.pointsDebt }, scheduledLots(member.pointsByExpiry), nowMs);

/** The member's points as a posting's one transaction leaves them: no read needed to show them after it. */
export const afterPosting = (member: MemberRecord, posting: Posting): MemberRecord => ({
  ...member,
  lotPoints: posting.lotPoints,
  pointsDebt: posting.debt,
  pointsByExpiry: pointsByExpiryAfter(member.pointsByExpiry, posting),
});

export function cardOf(member: MemberRecord, settings: ProgramSettings, nowMs: number) {
  const points = currentPoints(member, nowMs);
  return memberCard(member, { ...points, pending: member.pendingPoints }, settings, nowMs);
}

/** The member as the counter shows them: level, discount, points now, stamp card. */
export function scannedMemberOf(member: MemberRecord, settings: ProgramSettings, nowMs: number): ScannedMember {
  const level = levelByCode(settings.levels, member.levelCode);
  const points = currentPoints(member, nowMs);
  return {
    memberId: member.memberId,
    memberNo: member.memberNo,
    nickname: member.nickname,
    level: { code: level.code, name: level.name },
    discountPercent: level.discountPercent,
    points: points.balance,
    stamps: { count: member.stamps, of: settings.stampCard.stampsPerCard },
  };
}
