import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';
import { retrying, RETRY } from '../../../core/retry';

/** The member's opt-in to the daily 签到提醒 (asked for on a tap in the mini-program). */
export async function setReminders(
  principal: Principal,
  checkin: boolean,
  deps: Pick<AppDeps, 'members' | 'pointsAccounts' | 'engagement' | 'commit'>,
) {
  return retrying(async (attempt) => {
    const member =
      attempt === 0 ? await callerMember(principal, deps) : (await deps.members.getById(principal.memberId!, true))!;
    const outcome = await deps.commit([
      ...deps.pointsAccounts.writes({ member, update: { fields: { checkinReminder: checkin } } }),
      ...deps.engagement.reminderWrites(member.memberId, 'checkin', checkin),
    ]);
    return outcome.ok ? { checkin } : RETRY;
  });
}
