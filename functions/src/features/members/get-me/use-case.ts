import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember, cardOf } from '../../../core/member-access';

/** The caller's member card: level, points as they stand now, rights, stamps. */
export async function getMe(
  principal: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts'>,
) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(nowMs)]);
  return cardOf(member, settings, nowMs);
}
