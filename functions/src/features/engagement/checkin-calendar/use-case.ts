import {
  businessDateOf,
  checkedDaysOf,
  currentStreak,
  isChecked,
  monthOf,
  nextBonus,
  type CalendarResponse,
} from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

/** The check-in calendar of a month (the current one by default), with the streak and the next bonus. */
export async function checkinCalendar(
  principal: Principal,
  month: string | undefined,
  now: number,
  deps: Pick<AppDeps, 'members' | 'programAt'>,
): Promise<CalendarResponse> {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(now)]);
  const today = businessDateOf(now, settings.timezone);
  const currentMonth = monthOf(now, settings.timezone);
  const streak = currentStreak(member.checkinMonths, today);
  const rules = settings.checkin;
  return {
    month: month ?? currentMonth,
    today,
    days: checkedDaysOf(member.checkinMonths, month ?? currentMonth),
    streak,
    todayChecked: isChecked(member.checkinMonths, today),
    makeupsLeft: Math.max(0, rules.makeupsPerMonth - (member.makeupsByMonth[currentMonth] ?? 0)),
    rules: {
      basePoints: rules.basePoints,
      cycleDays: rules.cycleDays,
      bonuses: rules.bonuses,
      makeupCost: rules.makeupCost,
    },
    nextBonus: nextBonus(rules, streak),
    reminder: member.checkinReminder,
  };
}
