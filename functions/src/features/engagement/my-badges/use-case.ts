import { badgeWall } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';
import { badgeFacts } from '../engagement';

/** The badge wall: every badge, earned or with the caller's progress toward it. */
export async function myBadges(principal: Principal, now: number, deps: Pick<AppDeps, 'members' | 'programAt'>) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(now)]);
  return badgeWall(badgeFacts(member, settings), member.badges);
}
