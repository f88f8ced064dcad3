import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addMonthsToDate, type SalesBucket } from '@app/shared';
import type { DocumentClient } from './client';
import { keys } from './keys';
import { queryAll } from './query-all';
import { queries } from './queries';

/** The sales statistics (issue 19): where the aggregator writes them, and how the dashboard reads them. */
export const salesBucketKey = (bucket: SalesBucket, shard: number) =>
  bucket.kind === 'sku'
    ? keys.statSkuDay(bucket.date, bucket.sku, shard)
    : bucket.kind === 'staff'
      ? keys.statStaffDay(bucket.date, bucket.storeId, bucket.staffId, shard)
      : keys.statSpendDay(bucket.memberId, bucket.date, shard);

export interface SkuDayRow {
  date: string;
  sku: string;
  quantity: number;
  revenueFen: number;
}
export interface StaffDayRow {
  date: string;
  storeId: string;
  staffId: string;
  purchases: number;
  salesFen: number;
  refunds: number;
  refundsFen: number;
}

const monthsOf = (from: string, to: string) => {
  const months: string[] = [];
  for (let month = `${from.slice(0, 7)}-01`; month.slice(0, 7) <= to.slice(0, 7); month = addMonthsToDate(month, 1))
    months.push(month.slice(0, 7));
  return months;
};
const number = (value: unknown) => (typeof value === 'number' ? value : 0);

export function salesStatsReaders(db: DocumentClient, tableName: string) {
  const inMonths = async (from: string, to: string, query: typeof queries.statSkuDays) =>
    (
      await Promise.all(
        monthsOf(from, to).map((month) => queryAll(db, { TableName: tableName, ...query(month, from, to) })),
      )
    ).flat();

  return {
    /** Quantity and revenue per SKU and business day, one row per aggregator shard (the caller sums). */
    async skuDays(from: string, to: string): Promise<SkuDayRow[]> {
      return (await inMonths(from, to, queries.statSkuDays)).map((item) => ({
        date: item.date as string,
        sku: item.sku as string,
        quantity: number(item.quantity),
        revenueFen: number(item.revenueFen),
      }));
    },

    /** Purchases and refunds each staff account recorded, per store and business day (one row per shard). */
    async staffDays(from: string, to: string): Promise<StaffDayRow[]> {
      return (await inMonths(from, to, queries.statStaffDays)).map((item) => ({
        date: item.date as string,
        storeId: item.storeId as string,
        staffId: item.staffId as string,
        purchases: number(item.purchases),
        salesFen: number(item.salesFen),
        refunds: number(item.refunds),
        refundsFen: number(item.refundsFen),
      }));
    },

    /** A member's net spend per business day from..to (at most ~180 small items: one Query). */
    async memberSpend(memberId: string, from: string, to: string): Promise<Map<string, number>> {
      const byDate = new Map<string, number>();
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            ...queries.statSpendDays(memberId, from, to),
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? [])
          byDate.set(item.date as string, (byDate.get(item.date as string) ?? 0) + number(item.fen));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return byDate;
    },
  };
}
