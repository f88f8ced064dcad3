import {
  buildCalendar,
  cycleSlots,
  firstWeekdayOffset,
  makeupConfirmText,
  nextBonusText,
  shiftMonth,
} from '../../miniapp/src/features/checkin/calendar';

const rules = {
  basePoints: 5,
  cycleDays: 7,
  bonuses: [
    { day: 3, points: 10 },
    { day: 7, points: 30 },
  ],
  makeupCost: 20,
};

describe('calendar grid', () => {
  it('offsets the 1st by its weekday, weeks starting on Monday', () => {
    expect(firstWeekdayOffset('2026-06')).toBe(0); // Monday
    expect(firstWeekdayOffset('2026-11')).toBe(6); // Sunday
    expect(firstWeekdayOffset('2026-10')).toBe(3); // Thursday
    expect(buildCalendar({ month: '2026-11', today: '2026-11-23', checked: [] }).offset).toBe(6);
  });

  it('has one cell per day, leap years included', () => {
    expect(buildCalendar({ month: '2026-11', today: '2026-11-23', checked: [] }).cells).toHaveLength(30);
    expect(buildCalendar({ month: '2028-02', today: '2028-02-10', checked: [] }).cells).toHaveLength(29);
    expect(buildCalendar({ month: '2026-02', today: '2026-02-10', checked: [] }).cells).toHaveLength(28);
  });

  it('marks checked, missed, today, future and before-joining days; only missed days of this month can be made up', () => {
    const { cells } = buildCalendar({
      month: '2026-11',
      today: '2026-11-23',
      checked: ['2026-11-20', '2026-11-21'],
      joinedOn: '2026-11-10',
    });
    const at = (day: number) => cells[day - 1]!;
    expect(at(5)).toMatchObject({ state: 'before-joining', canMakeup: false });
    expect(at(10)).toMatchObject({ date: '2026-11-10', state: 'missed', canMakeup: true });
    expect(at(20)).toMatchObject({ state: 'checked', canMakeup: false });
    expect(at(22)).toMatchObject({ state: 'missed', canMakeup: true });
    expect(at(23)).toMatchObject({ state: 'today', isToday: true, canMakeup: false });
    expect(at(24)).toMatchObject({ state: 'future', canMakeup: false });
  });

  it('shows today as checked once checked in', () => {
    const { cells } = buildCalendar({ month: '2026-11', today: '2026-11-23', checked: ['2026-11-23'] });
    expect(cells[22]).toMatchObject({ state: 'checked', isToday: true });
  });

  it('offers no 补签 in past months', () => {
    const { cells } = buildCalendar({ month: '2026-10', today: '2026-11-23', checked: ['2026-10-02'] });
    expect(cells[0]).toMatchObject({ state: 'missed', canMakeup: false });
    expect(cells[1]!.state).toBe('checked');
    expect(cells.some((cell) => cell.canMakeup)).toBe(false);
  });

  it('switches months across years', () => {
    expect(shiftMonth('2026-11', 1)).toBe('2026-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('next bonus text', () => {
  it('says how many more check-ins earn the next bonus', () => {
    expect(nextBonusText({ inDays: 2, points: 30 }, true)).toBe('再签 2 天得 30 积分');
    expect(nextBonusText({ inDays: 3, points: 10 }, false)).toBe('再签 3 天得 10 积分');
  });

  it('speaks of today or tomorrow when the bonus is one check-in away', () => {
    expect(nextBonusText({ inDays: 1, points: 10 }, false)).toBe('今天签到额外得 10 积分');
    expect(nextBonusText({ inDays: 1, points: 30 }, true)).toBe('明天签到额外得 30 积分');
  });

  it('says nothing without a next bonus', () => {
    expect(nextBonusText(null, true)).toBeNull();
  });
});

describe('7-day cycle strip', () => {
  it('marks the days of this cycle done and today’s slot', () => {
    const slots = cycleSlots({ streak: 3, todayChecked: true, rules });
    expect(slots.map((slot) => slot.done)).toEqual([true, true, true, false, false, false, false]);
    expect(slots.find((slot) => slot.current)!.day).toBe(3);
    expect(slots.map((slot) => slot.points)).toEqual([5, 5, 15, 5, 5, 5, 35]);
  });

  it('puts today’s check-in after yesterday’s streak, and starts again after a full cycle', () => {
    expect(cycleSlots({ streak: 2, todayChecked: false, rules }).find((slot) => slot.current)!.day).toBe(3);
    const afterCycle = cycleSlots({ streak: 7, todayChecked: false, rules });
    expect(afterCycle.filter((slot) => slot.done)).toHaveLength(0);
    expect(afterCycle.find((slot) => slot.current)!.day).toBe(1);
    expect(cycleSlots({ streak: 8, todayChecked: true, rules }).filter((slot) => slot.done)).toHaveLength(1);
  });
});

it('words the 补签 dialog with the cost, the reward and what is left', () => {
  expect(makeupConfirmText(rules, 2)).toBe('补签将消耗 20 积分，获得 5 积分，本月还可补签 2 次');
});
