import { DomainError, levelByCode, type ScanResponse } from '@app/shared';
import type { AppDeps } from '../../composition';
import { currentPoints } from '../member-access';

type Deps = Pick<AppDeps, 'memberCodes' | 'members' | 'programAt' | 'pointsAccounts'>;

/**
 * What staff see after scanning. Looking a member up does not consume the code: only a purchase does.
 * Mall pickup codes and coupon codes join this switch with their issues.
 */
export async function scanCode(code: string, nowMs: number, deps: Deps): Promise<ScanResponse> {
  const check = deps.memberCodes.check(code, nowMs);
  if (!check.ok) {
    if (check.reason === 'MALFORMED') {
      throw new DomainError('VALIDATION_FAILED', '无法识别的码，请扫描会员码', { issues: [{ path: 'body.code', message: 'not a member code' }] });
    }
    throw new DomainError(check.reason);
  }
  const [member, settings] = await Promise.all([deps.members.getByMemberNo(check.claims.memberNo), deps.programAt(nowMs)]);
  if (!member) throw new DomainError('CODE_INVALID', '会员码对应的会员不存在');
  const level = levelByCode(settings.levels, member.levelCode);
  const points = await currentPoints(member, nowMs, deps);
  return {
    kind: 'member',
    member: {
      memberId: member.memberId,
      memberNo: member.memberNo,
      nickname: member.nickname,
      level: { code: level.code, name: level.name },
      discountPercent: level.discountPercent,
      points: points.balance,
      stamps: { count: member.stamps, of: settings.stampCard.stampsPerCard },
    },
    coupons: [],
  };
}
