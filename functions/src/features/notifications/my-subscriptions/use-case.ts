import type { AppDeps } from '../../../composition';
import { callerMember } from '../../../core/member-access';
import type { Principal } from '../../../http/route';
import { subscriptionsOf } from '../subscriptions';

/** The templates the mini-program may ask for (with WeChat's ids) and what the member may still receive. */
export async function mySubscriptions(
  principal: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'members' | 'programAt' | 'notifications'>,
) {
  const member = await callerMember(principal, deps);
  return subscriptionsOf(member.memberId, await deps.programAt(nowMs), deps);
}
