import {
  addDaysToDate,
  businessDateOf,
  DAY_FIELDS,
  daysBetween,
  DomainError,
  MAX_RANGE_DAYS,
  NO_STORE,
  type AnalyticsRangeQuery,
  type DailyFigures,
} from '@app/shared';
import type { DayRow } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/** The segment the dashboard lists as "about to leave". */
export const CHURN_SEGMENT = 'churn-risk';

export interface Range {
  from: string;
  to: string;
  today: string;
}

/** The asked range in program time, defaulting to the last 30 days, at most a year. */
export async function resolveRange(
  query: AnalyticsRangeQuery,
  nowMs: number,
  deps: Pick<AppDeps, 'programAt'>,
): Promise<Range> {
  const { timezone } = await deps.programAt(nowMs);
  const today = businessDateOf(nowMs, timezone);
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? addDaysToDate(to, -29);
  if (daysBetween(from, to) >= MAX_RANGE_DAYS) {
    throw new DomainError('VALIDATION_FAILED', `时间范围最多 ${MAX_RANGE_DAYS} 天`, {
      issues: [{ path: 'query.from', message: `at most ${MAX_RANGE_DAYS} days` }],
    });
  }
  return { from, to, today };
}

const emptyDay = (date: string): DailyFigures => ({
  date,
  newMembers: 0,
  checkins: 0,
  purchases: 0,
  salesFen: 0,
  refundsFen: 0,
  pointsIssued: 0,
  pointsRedeemed: 0,
  pointsExpired: 0,
});

/** Every day of the range, summed over stores and shards (days without activity are zeros, not gaps). */
export function dailySeries(rows: readonly DayRow[], from: string, to: string): DailyFigures[] {
  const byDate = new Map<string, DailyFigures>();
  for (let date = from; date <= to; date = addDaysToDate(date, 1)) byDate.set(date, emptyDay(date));
  for (const row of rows) {
    const day = byDate.get(row.date);
    if (!day) continue;
    for (const field of DAY_FIELDS) day[field] += row.figures[field] ?? 0;
  }
  return [...byDate.values()];
}

/** Purchases and sales per (date, store), for the rows that have a store. */
export function storeDays(rows: readonly DayRow[]) {
  const byKey = new Map<
    string,
    { date: string; storeId: string; purchases: number; salesFen: number; refundsFen: number }
  >();
  for (const row of rows) {
    if (row.storeId === NO_STORE) continue;
    const key = `${row.date}#${row.storeId}`;
    const into = byKey.get(key) ?? { date: row.date, storeId: row.storeId, purchases: 0, salesFen: 0, refundsFen: 0 };
    into.purchases += row.figures.purchases ?? 0;
    into.salesFen += row.figures.salesFen ?? 0;
    into.refundsFen += row.figures.refundsFen ?? 0;
    byKey.set(key, into);
  }
  return [...byKey.values()]
    .filter((day) => day.purchases || day.salesFen || day.refundsFen)
    .sort((a, b) => a.date.localeCompare(b.date) || a.storeId.localeCompare(b.storeId));
}
