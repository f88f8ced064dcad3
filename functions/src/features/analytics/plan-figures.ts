import { addDaysToDate, PLAN_DAY_FIELDS, PLAN_MEMBERS_FIELD, type PlanAnalytics } from '@app/shared';
import type { DayRow } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import type { Range } from './figures';

/** Far enough ahead for any plan's end (a year's plan renewed for many years stacks up to its end). */
const PLAN_HORIZON_DAYS = 20 * 366;

/**
 * The dashboard's 付费会员与次卡: the range's day figures (summed over stores and shards) and the members whose plan
 * runs today (members by the day their plan ends, from today on). One more Query beside the overview's.
 */
export async function planFigures(
  rows: readonly DayRow[],
  range: Range,
  deps: Pick<AppDeps, 'stats'>,
): Promise<PlanAnalytics> {
  const ending = await deps.stats.expiring(
    range.today,
    addDaysToDate(range.today, PLAN_HORIZON_DAYS),
    PLAN_MEMBERS_FIELD,
  );
  const sum = Object.fromEntries(PLAN_DAY_FIELDS.map((field) => [field, 0])) as Record<
    (typeof PLAN_DAY_FIELDS)[number],
    number
  >;
  for (const row of rows)
    if (row.date >= range.from && row.date <= range.to)
      for (const field of PLAN_DAY_FIELDS) sum[field] += row.figures[field] ?? 0;
  return { members: [...ending.values()].reduce((total, count) => total + count, 0), ...sum };
}
