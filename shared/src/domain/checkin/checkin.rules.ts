import type { ProgramSettings } from '../../program/settings';
import { addDaysToDate } from '../time/calendar';

/** Checked days per month: bit d−1 set = checked in on day d (`{ '2026-03': 0b101 }` = 1 and 3 March). */
export type CheckinMonths = Readonly<Record<string, number>>;

export const isChecked = (months: CheckinMonths, date: string): boolean => {
  const day = Number(date.slice(8, 10));
  return ((months[date.slice(0, 7)] ?? 0) & (1 << (day - 1))) !== 0;
};

export function withChecked(months: CheckinMonths, date: string): Record<string, number> {
  const month = date.slice(0, 7);
  return { ...months, [month]: (months[month] ?? 0) | (1 << (Number(date.slice(8, 10)) - 1)) };
}

export function checkedDaysOf(months: CheckinMonths, month: string): string[] {
  const bits = months[month] ?? 0;
  const days: string[] = [];
  for (let day = 1; day <= 31; day++)
    if (bits & (1 << (day - 1))) days.push(`${month}-${String(day).padStart(2, '0')}`);
  return days;
}

/** Consecutive checked business days ending on `date` (0 when `date` itself is not checked). */
export function streakEndingOn(months: CheckinMonths, date: string): number {
  let streak = 0;
  for (let day = date; isChecked(months, day); day = addDaysToDate(day, -1)) streak++;
  return streak;
}

/** The streak a member has today: ending today, or ending yesterday while today is still open. */
export function currentStreak(months: CheckinMonths, today: string): number {
  return isChecked(months, today) ? streakEndingOn(months, today) : streakEndingOn(months, addDaysToDate(today, -1));
}

export const cycleDayOf = (streak: number, cycleDays: number): number => ((streak - 1) % cycleDays) + 1;

export interface CheckinReward {
  date: string;
  streak: number;
  cycleDay: number;
  points: number;
  growth: number;
  bonus: number;
}

/** Today's check-in: base reward every day, a bonus on the configured cycle days of the streak. */
export function checkinReward(rules: ProgramSettings['checkin'], months: CheckinMonths, today: string): CheckinReward {
  const streak = streakEndingOn(withChecked(months, today), today);
  const cycleDay = cycleDayOf(streak, rules.cycleDays);
  const bonus = rules.bonuses.find((candidate) => candidate.day === cycleDay)?.points ?? 0;
  return { date: today, streak, cycleDay, points: rules.basePoints + bonus, growth: rules.baseGrowth, bonus };
}

/**
 * The next bonus of the cycle: how many more check-ins (counting the bonus day) from the current streak —
 * "再签 2 天得 30 积分". The current streak ends today once checked, else yesterday.
 */
export function nextBonus(
  rules: ProgramSettings['checkin'],
  streak: number,
): { inDays: number; points: number } | null {
  for (let more = 1; more <= rules.cycleDays; more++) {
    const bonus = rules.bonuses.find((candidate) => candidate.day === cycleDayOf(streak + more, rules.cycleDays));
    if (bonus) return { inDays: more, points: bonus.points };
  }
  return null;
}

export type MakeupRefusal = 'future' | 'today' | 'past-month' | 'before-joining' | 'already-checked' | 'limit';

/**
 * A makeup (补签) is for a missed day of the current month, after joining, at most `makeupsPerMonth` times;
 * it costs `makeupCost` points and gives only the base reward.
 */
export function makeupRefusal(
  rules: ProgramSettings['checkin'],
  input: { date: string; today: string; joinedOn: string; months: CheckinMonths; makeupsThisMonth: number },
): MakeupRefusal | null {
  if (input.date > input.today) return 'future';
  if (input.date === input.today) return 'today';
  if (input.date.slice(0, 7) !== input.today.slice(0, 7)) return 'past-month';
  if (input.date < input.joinedOn) return 'before-joining';
  if (isChecked(input.months, input.date)) return 'already-checked';
  if (input.makeupsThisMonth >= rules.makeupsPerMonth) return 'limit';
  return null;
}

export const makeupRefusalText: Record<MakeupRefusal, string> = {
  future: '不能为未来的日期补签',
  today: '今天请直接签到',
  'past-month': '只能补签本月的日期',
  'before-joining': '不能补签入会之前的日期',
  'already-checked': '这一天已经签到过了',
  limit: '本月补签次数已用完',
};
