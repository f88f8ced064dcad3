import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

/** The caller's referral code, how many they invited and were rewarded for, and the program's referral rules. */
export async function myReferrals(principal: Principal, now: number, deps: Pick<AppDeps, 'members' | 'programAt'>) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(now)]);
  return {
    referralCode: member.referralCode,
    invited: member.referralsInvited,
    rewarded: member.referralsRewarded,
    pointsEarned: member.referralPoints,
    rules: settings.referral,
  };
}
