import type { ProgramSettings } from '@app/shared';

/** One row of the check-in bonus table as typed: on the Nth day of a streak, this many extra points. */
export interface BonusDraft {
  day: string;
  points: string;
}

export const bonusesDraft = (settings: ProgramSettings): BonusDraft[] =>
  settings.checkin.bonuses.map((bonus) => ({ day: String(bonus.day), points: String(bonus.points) }));

/** The table as the settings take it (sorted by day); a row that does not read is reported under its field. */
export function readBonuses(
  rows: readonly BonusDraft[],
  errors: Record<string, string>,
): ProgramSettings['checkin']['bonuses'] {
  const read = rows.map((row, index) => {
    const day = /^\s*\d{1,3}\s*$/.test(row.day) ? Number(row.day) : Number.NaN;
    const points = /^\s*\d{1,6}\s*$/.test(row.points) ? Number(row.points) : Number.NaN;
    if (Number.isNaN(day)) errors[`checkin.bonuses.${index}.day`] = '请填写第几天（整数）';
    if (Number.isNaN(points)) errors[`checkin.bonuses.${index}.points`] = '请填写奖励积分（整数）';
    return { day, points };
  });
  const seen = new Set<number>();
  read.forEach((row, index) => {
    if (seen.has(row.day)) errors[`checkin.bonuses.${index}.day`] = '同一天只能有一条奖励';
    seen.add(row.day);
  });
  return read;
}

/** The next row a marketer adds: a week after the last, or day 7. */
export const nextBonus = (rows: readonly BonusDraft[]): BonusDraft => {
  const last = Math.max(0, ...rows.map((row) => Number(row.day) || 0));
  return { day: String(last + 7 <= 31 ? last + 7 : Math.min(31, last + 1)), points: '10' };
};
