import {
  businessDateOf,
  calendarQuery,
  checkedDaysOf,
  currentStreak,
  isChecked,
  monthOf,
  nextBonus,
  type CalendarResponse,
} from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

/** The check-in calendar of a month (the current one by default), with the streak and the next bonus. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: calendarQuery,
      run: async ({ principal, query, now }): Promise<CalendarResponse> => {
        const [member, settings] = await Promise.all([callerMember(principal, deps()), deps().programAt(now)]);
        const today = businessDateOf(now, settings.timezone);
        const currentMonth = monthOf(now, settings.timezone);
        const streak = currentStreak(member.checkinMonths, today);
        const rules = settings.checkin;
        return {
          month: query.month ?? currentMonth,
          today,
          days: checkedDaysOf(member.checkinMonths, query.month ?? currentMonth),
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
      },
    },
    deps,
  );

export const handler = createHandler();
