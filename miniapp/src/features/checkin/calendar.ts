/** Pure calendar logic of the 签到 page: the month grid, month switching, the cycle strip and the bonus sentence. */

export type DayState = 'checked' | 'missed' | 'today' | 'future' | 'before-joining';

export interface CalendarCell {
  /** YYYY-MM-DD */
  date: string;
  day: number;
  state: DayState;
  isToday: boolean;
  /** A missed day of the current month after joining: tapping it offers 补签. */
  canMakeup: boolean;
}

export interface CalendarGrid {
  /** Empty cells before the 1st, weeks starting on Monday (一 二 三 四 五 六 日). */
  offset: number;
  cells: CalendarCell[];
}

export const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-11 → [2026, 11] */
function yearMonth(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

export function daysInMonth(month: string): number {
  const [y, m] = yearMonth(month);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Monday-first offset of the month's 1st: 0 for a Monday, 6 for a Sunday. */
export function firstWeekdayOffset(month: string): number {
  const [y, m] = yearMonth(month);
  return (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
}

/**
 * The cells of `month` (YYYY-MM). `today` and `joinedOn` are business dates (YYYY-MM-DD); `checked` the checked
 * dates. Only missed days of today's month on or after joining can be made up (the server decides the rest).
 */
export function buildCalendar(input: {
  month: string;
  today: string;
  checked: readonly string[];
  joinedOn?: string | null;
}): CalendarGrid {
  const { month, today, joinedOn } = input;
  const checked = new Set(input.checked);
  const currentMonth = today.slice(0, 7) === month;
  const cells: CalendarCell[] = [];
  for (let day = 1; day <= daysInMonth(month); day++) {
    const date = `${month}-${pad(day)}`;
    const isToday = date === today;
    let state: DayState;
    if (checked.has(date)) state = 'checked';
    else if (isToday) state = 'today';
    else if (date > today) state = 'future';
    else if (joinedOn && date < joinedOn) state = 'before-joining';
    else state = 'missed';
    cells.push({ date, day, state, isToday, canMakeup: state === 'missed' && currentMonth });
  }
  return { offset: firstWeekdayOffset(month), cells };
}

/** 2026-11 + 1 → 2026-12; 2026-01 − 1 → 2025-12. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = yearMonth(month);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** 2026年11月 */
export function formatMonth(month: string): string {
  const [y, m] = yearMonth(month);
  return `${y}年${m}月`;
}

/** The sentence under the streak: 再签 2 天得 30 积分 (the next cycle bonus), or null when there is none. */
export function nextBonusText(
  nextBonus: { inDays: number; points: number } | null,
  todayChecked: boolean,
): string | null {
  if (!nextBonus || nextBonus.points <= 0) return null;
  if (nextBonus.inDays <= 1)
    return todayChecked ? `明天签到额外得 ${nextBonus.points} 积分` : `今天签到额外得 ${nextBonus.points} 积分`;
  return `再签 ${nextBonus.inDays} 天得 ${nextBonus.points} 积分`;
}

export interface CycleSlot {
  day: number;
  /** Points of that cycle day: base + bonus. */
  points: number;
  bonus: number;
  done: boolean;
  /** The slot today's check-in fills (or filled). */
  current: boolean;
}

/**
 * The 7-day cycle strip. With today checked the streak ends today (cycle day = ((streak − 1) mod 7) + 1);
 * otherwise it ends yesterday and today's check-in will be the next slot (a full cycle starts again at day 1).
 */
export function cycleSlots(input: {
  streak: number;
  todayChecked: boolean;
  rules: { basePoints: number; cycleDays: number; bonuses: readonly { day: number; points: number }[] };
}): CycleSlot[] {
  const { streak, todayChecked, rules } = input;
  const cycle = Math.max(1, rules.cycleDays);
  const done = todayChecked ? ((Math.max(streak, 1) - 1) % cycle) + 1 : streak % cycle;
  const current = todayChecked ? done : done + 1;
  return Array.from({ length: cycle }, (_, i) => {
    const day = i + 1;
    const bonus = rules.bonuses.find((b) => b.day === day)?.points ?? 0;
    return { day, points: rules.basePoints + bonus, bonus, done: day <= done, current: day === current };
  });
}

/** 补签 dialog: 补签将消耗 20 积分，获得 5 积分，本月还可补签 2 次 */
export function makeupConfirmText(rules: { makeupCost: number; basePoints: number }, makeupsLeft: number): string {
  return `补签将消耗 ${rules.makeupCost} 积分，获得 ${rules.basePoints} 积分，本月还可补签 ${makeupsLeft} 次`;
}
