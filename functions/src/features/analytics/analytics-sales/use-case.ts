import type { AnalyticsRangeQuery, SalesAnalytics } from '@app/shared';
import { resolveRange } from '../figures';
import { type SalesDeps, salesFigures, spendDropList } from '../sales-figures';

type Deps = SalesDeps;

const SPEND_DROP_SAMPLE = 10;

/** Seed 001's analytics: sales by SKU, store and staff member, members by home store, and 消费预警. */
export async function salesAnalytics(query: AnalyticsRangeQuery, nowMs: number, deps: Deps): Promise<SalesAnalytics> {
  const range = await resolveRange(query, nowMs, deps);
  const [figures, spendDrop] = await Promise.all([
    salesFigures(range, deps),
    spendDropList(SPEND_DROP_SAMPLE, nowMs, deps),
  ]);
  return { ...figures, spendDrop };
}
