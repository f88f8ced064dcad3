import { levelByCode, type ScanResponse } from '@app/shared';
import type { AppDeps } from '../../composition';
import { currentPoints } from '../member-access';
import { memberFromCode } from '../points/member-code';

type Deps = Pick<AppDeps, 'memberCodes' | 'members' | 'programAt' | 'pointsAccounts'>;

/**
 * What staff see after scanning. Looking a member up does not consume the code: only a purchase does.
 * Mall pickup codes and coupon codes join this switch with their issues.
 */
export async function scanCode(code: string, nowMs: number, deps: Deps): Promise<ScanResponse> {
  const [{ member }, settings] = await Promise.all([memberFromCode(code, nowMs, deps, 'code'), deps.programAt(nowMs)]);
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
