import { monthOf, qualifyingGrowth, upgradeTarget, type TaskCode } from '@app/shared';
import type { AppDeps } from '../../composition';
import { rewardCouponWrites } from '../coupons/issue';
import { applyEngagement, badgeFacts } from '../engagement/engagement';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import { openBook } from './account-book';
import { levelUp } from './level-up';

type Deps = Pick<
  AppDeps,
  'pendingRewards' | 'members' | 'programAt' | 'pointsAccounts' | 'entitlements' | 'coupons' | 'commit'
>;

export const RELEASED_BY = 'system:release-pending-rewards';

/**
 * A pending reward whose time has come becomes spendable, once: a credit of its own (dated now, a lot expiring by
 * the program's policy, paying any debt first), its waiting growth in this month (which may lift the level), and
 * what it counts toward from now on — a referral's count (ranking, 推荐官) and points earned, a task's coupon. The
 * reward's own write is conditional on it still being pending, so a second run, a crash half-way or a refund in
 * between never pays it twice.
 */
export async function releaseReward(
  memberId: string,
  rewardId: string,
  nowMs: number,
  deps: Deps,
): Promise<'released' | 'nothing'> {
  const settings = await deps.programAt(nowMs);
  const month = monthOf(nowMs, settings.timezone);
  const at = new Date(nowMs).toISOString();
  const newId = newIdFactory();
  return retrying(async () => {
    const reward = await deps.pendingRewards.get(memberId, rewardId);
    if (reward?.status !== 'pending' || reward.releasesAt > at) return 'nothing';
    const member = await deps.members.getById(memberId, true);
    if (!member) return 'nothing';
    const book = openBook(member, settings, nowMs, { kind: 'system', id: 'release-pending-rewards' }, () =>
      newId(nowMs),
    );
    book.credit(reward.points, {
      type: reward.entryType,
      reasonCode: reward.reasonCode,
      reason: `待到账积分到账：${reward.reason}`,
      ref: reward.ref,
      growth: reward.growth,
      growthMonth: month,
    });
    const growthAfter = { ...member.growthByMonth, [month]: (member.growthByMonth[month] ?? 0) + reward.growth };
    const target =
      reward.growth > 0 ? upgradeTarget(settings.levels, member.levelCode, qualifyingGrowth(growthAfter, month)) : null;
    const ref = reward.ref ?? { kind: 'pending-reward', id: reward.rewardId };
    const upgrade = target
      ? levelUp({ member, to: target, settings, book, nowMs, ref, newId: () => newId(nowMs) })
      : null;
    const isReferral = reward.kind === 'referral';
    const referralsRewarded = member.referralsRewarded + (isReferral ? 1 : 0);
    const engagement = applyEngagement({
      member,
      settings,
      book,
      nowMs,
      completes: [],
      facts: badgeFacts(member, settings, { referralsRewarded, levelCode: upgrade?.update.levelCode }),
      growthMonth: month,
    });
    const referralFields =
      isReferral || reward.kind === 'referral-second-level'
        ? { referralsRewarded, referralPoints: member.referralPoints + reward.points }
        : {};
    const outcome = await deps.commit([
      ...deps.pendingRewards.settleWrites(reward, 'released', at, RELEASED_BY),
      ...deps.pointsAccounts.writes({
        member,
        posting: book.posting(),
        update: {
          ...upgrade?.update,
          growthLifetimeDelta: reward.growth,
          pendingPointsDelta: -reward.points,
          fields: { ...engagement.fields, ...referralFields },
        },
        levelChange: upgrade?.levelChange,
      }),
      ...(await rewardCouponWrites(
        {
          member,
          entitlement: upgrade?.entitlement,
          tasks: reward.kind === 'task' && reward.taskCode ? [reward.taskCode as TaskCode] : [],
          settings,
          nowMs,
        },
        deps,
      )),
    ]);
    // Lost to a refund or another release (the next read decides), or to any change of the member: read again.
    return outcome.ok ? 'released' : RETRY;
  });
}
