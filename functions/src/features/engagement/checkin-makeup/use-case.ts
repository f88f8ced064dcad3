import {
  businessDateOf,
  currentStreak,
  cycleDayOf,
  DomainError,
  makeupRefusal,
  makeupRefusalText,
  monthOf,
  qualifyingGrowth,
  upgradeTarget,
  withChecked,
  type CheckinResult,
} from '@app/shared';
import { CHECKIN_TAKEN } from '../../../adapters/dynamodb';
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

/**
 * 补签: a missed day of the current month after joining, at most twice a month. It costs points (from the
 * lots that expire first; never into debt) and gives only the base reward; the day then counts for the streak.
 */
export async function makeUp(principal: Principal, date: string, nowMs: number, deps: Deps): Promise<CheckinResult> {
  const program = await deps.programVersionAt(nowMs);
  const settings = program.settings;
  const rules = settings.checkin;
  const zone = settings.timezone;
  const today = businessDateOf(nowMs, zone);
  const month = monthOf(nowMs, zone);
  const newId = newIdFactory();
  return retrying(async () => {
    const member = await deps.members.getById(principal.memberId!, true);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    const refusal = makeupRefusal(rules, {
      date,
      today,
      joinedOn: businessDateOf(Date.parse(member.joinedAt), zone),
      months: member.checkinMonths,
      makeupsThisMonth: member.makeupsByMonth[month] ?? 0,
    });
    if (refusal) throw new DomainError('MAKEUP_NOT_ALLOWED', makeupRefusalText[refusal], { reason: refusal });

    const book = openBook(member, settings, nowMs, { kind: 'member', id: principal.openid }, () => newId(nowMs));
    book.expireDue();
    const ref = { kind: 'checkin', id: date };
    book.debit(
      rules.makeupCost,
      { type: 'spend', reasonCode: 'makeup-cost', reason: `补签 ${date} 消耗`, ref },
      { allowDebt: false },
    );
    book.credit(rules.basePoints, {
      type: 'earn',
      reasonCode: 'checkin-makeup',
      reason: `补签 ${date}`,
      ref,
      growth: rules.baseGrowth,
      growthMonth: month,
    });
    const months = withChecked(member.checkinMonths, date);
    const streak = currentStreak(months, today);
    const bestStreak = Math.max(member.bestStreak, streak);
    const growthAfter = { ...member.growthByMonth, [month]: (member.growthByMonth[month] ?? 0) + rules.baseGrowth };
    const target = upgradeTarget(settings.levels, member.levelCode, qualifyingGrowth(growthAfter, month));
    const upgrade = target
      ? levelUp({ member, to: target, settings, book, nowMs, ref, newId: () => newId(nowMs) })
      : null;
    const engagement = applyEngagement({
      member,
      settings,
      book,
      nowMs,
      completes: [],
      facts: badgeFacts(member, settings, {
        checkins: member.checkinCount + 1,
        bestStreak,
        levelCode: upgrade?.update.levelCode,
      }),
      growthMonth: month,
    });
    const result = {
      date,
      streak,
      cycleDay: cycleDayOf(Math.max(streak, 1), rules.cycleDays),
      points: rules.basePoints,
      growth: rules.baseGrowth,
      bonus: 0,
    };
    const outcome = await deps.commit([
      deps.checkins.markerWrite(member.memberId, {
        ...result,
        makeup: true,
        at: new Date(nowMs).toISOString(),
        programVersion: program.version,
      }),
      ...deps.pointsAccounts.writes({
        member,
        posting: book.posting(),
        update: {
          ...upgrade?.update,
          growthLifetimeDelta: rules.baseGrowth,
          fields: {
            checkinMonths: months,
            makeupsByMonth: { ...member.makeupsByMonth, [month]: (member.makeupsByMonth[month] ?? 0) + 1 },
            checkinCount: member.checkinCount + 1,
            bestStreak,
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
    if (outcome.ok) return { ...result, taskPoints: engagement.taskPoints, badges: engagement.newBadges };
    if ('failed' in outcome && outcome.failed.includes(CHECKIN_TAKEN))
      throw new DomainError('MAKEUP_NOT_ALLOWED', makeupRefusalText['already-checked'], { reason: 'already-checked' });
    return RETRY;
  });
}
