import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      run: async ({ principal, now }) => {
        const [member, settings] = await Promise.all([callerMember(principal, deps()), deps().programAt(now)]);
        return {
          referralCode: member.referralCode,
          invited: member.referralsInvited,
          rewarded: member.referralsRewarded,
          pointsEarned: member.referralPoints,
          rules: settings.referral,
        };
      },
    },
    deps,
  );

export const handler = createHandler();
