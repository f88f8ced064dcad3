import {
  DomainError,
  levelByCode,
  memberCard,
  pointsView,
  scheduledLots,
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

/**
 * The member's points as they stand now, whether or not the expiry job has run yet: from the expiry schedule on the
 * member item, or (for a member from before it existed) from the lots.
 */
export async function currentPoints(member: MemberRecord, nowMs: number, deps: Pick<AppDeps, 'pointsAccounts'>) {
  const lots = member.pointsByExpiry
    ? scheduledLots(member.pointsByExpiry)
    : await deps.pointsAccounts.activeLots(member.memberId);
  return pointsView({ lotPoints: member.lotPoints, debt: member.pointsDebt }, lots, nowMs);
}

export async function cardOf(
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'pointsAccounts'>,
) {
  const points = await currentPoints(member, nowMs, deps);
  return memberCard(member, { ...points, pending: member.pendingPoints }, settings, nowMs);
}

/** The member as the counter shows them: level, discount, points now, stamp card. */
export async function scannedMemberOf(
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'pointsAccounts'>,
): Promise<ScannedMember> {
  const level = levelByCode(settings.levels, member.levelCode);
  const points = await currentPoints(member, nowMs, deps);
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
