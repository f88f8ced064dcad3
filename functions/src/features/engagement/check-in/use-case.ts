import {
  businessDateOf,
  checkinReward,
  DomainError,
  isChecked,
  monthOf,
  qualifyingGrowth,
  upgradeTarget,
  withChecked,
  type CheckinResult,
} from '@app/shared';
import { CHECKIN_TAKEN, type MemberRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { openBook } from '../../points/account-book';
import { newIdFactory } from '../../../core/ids';
import { levelUp } from '../../points/level-up';
import { retrying, RETRY } from '../../../core/retry';
import { rewardCouponWrites } from '../../coupons/issue';
import { applyEngagement, badgeFacts } from '../engagement';

type Deps = Pick<
  AppDeps,
  'members' | 'programAt' | 'programVersionAt' | 'pointsAccounts' | 'checkins' | 'entitlements' | 'commit' | 'coupons'
>;

const alreadyDone = (member: MemberRecord) =>
  new DomainError('CHECKIN_ALREADY_DONE', undefined, member.lastCheckin ? { today: member.lastCheckin } : undefined);

/**
 * The daily check-in: one per business day in program time, however many taps, devices or retries. The day's
 * marker item and the member's versioned totals are written in one transaction with the reward, so exactly one
 * check-in of the day lands; every other answers 409 with that day's result.
 */
export async function checkIn(principal: Principal, nowMs: number, deps: Deps): Promise<CheckinResult> {
  const program = await deps.programVersionAt(nowMs);
  const settings = program.settings;
  const today = businessDateOf(nowMs, settings.timezone);
  const month = monthOf(nowMs, settings.timezone);
  const newId = newIdFactory();
  return retrying(async (attempt) => {
    const member = await deps.members.getById(principal.memberId!, attempt > 0);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    if (isChecked(member.checkinMonths, today)) throw alreadyDone(member);

    const reward = checkinReward(settings.checkin, member.checkinMonths, today);
    const book = openBook(member, settings, nowMs, { kind: 'member', id: principal.openid }, () => newId(nowMs));
    const reason = reward.bonus
      ? `每日签到（连续第 ${reward.streak} 天，额外奖励 ${reward.bonus}）`
      : `每日签到（连续第 ${reward.streak} 天）`;
    const ref = { kind: 'checkin', id: today };
    book.credit(reward.points, {
      type: 'earn',
      reasonCode: 'checkin',
      reason,
      ref,
      growth: reward.growth,
      growthMonth: month,
    });
    const growthAfter = { ...member.growthByMonth, [month]: (member.growthByMonth[month] ?? 0) + reward.growth };
    const target = upgradeTarget(settings.levels, member.levelCode, qualifyingGrowth(growthAfter, month));
    const upgrade = target
      ? levelUp({ member, to: target, settings, book, nowMs, ref, newId: () => newId(nowMs) })
      : null;
    const bestStreak = Math.max(member.bestStreak, reward.streak);
    const engagement = applyEngagement({
      member,
      settings,
      book,
      nowMs,
      completes: ['first-checkin'],
      facts: badgeFacts(member, settings, {
        checkins: member.checkinCount + 1,
        bestStreak,
        levelCode: upgrade?.update.levelCode,
      }),
      growthMonth: month,
    });
    const outcome = await deps.commit([
      deps.checkins.markerWrite(member.memberId, {
        ...reward,
        makeup: false,
        at: new Date(nowMs).toISOString(),
        programVersion: program.version,
      }),
      ...deps.pointsAccounts.writes({
        member,
        posting: book.posting(),
        update: {
          ...upgrade?.update,
          growthLifetimeDelta: reward.growth,
          fields: {
            checkinMonths: withChecked(member.checkinMonths, today),
            checkinCount: member.checkinCount + 1,
            bestStreak,
            lastCheckin: reward,
            ...engagement.fields,
          },
        },
        levelChange: upgrade?.levelChange,
      }),
      ...(await rewardCouponWrites(
        { member, entitlement: upgrade?.entitlement, tasks: engagement.completedTasks, settings, nowMs },
        deps,
      )),
    ]);
    if (outcome.ok) return { ...reward, taskPoints: engagement.taskPoints, badges: engagement.newBadges };
    if ('failed' in outcome && outcome.failed.includes(CHECKIN_TAKEN)) {
      const winner = await deps.members.getById(member.memberId, true);
      if (winner && isChecked(winner.checkinMonths, today)) throw alreadyDone(winner);
    }
    return RETRY;
  });
}
