import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { addMonthsToDate, type ReferralStanding, type StatBucket, type StatDelta } from '@app/shared';
import type { DocumentClient } from './client';
import { keys, shardOf, STAT_SHARDS } from './keys';
import { queryAll } from './query-all';
import { salesBucketKey, salesStatsReaders } from './sales-stats';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const CHECKPOINT_MOVED = 'checkpoint-moved';

export interface DayRow {
  date: string;
  storeId: string;
  figures: Record<string, number>;
}

const FIGURE_SKIP = new Set(['pk', 'sk', 'entity', 'date', 'storeId', 'updatedAt']);
const figuresOf = (item: Record<string, unknown>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(item).filter(([name, value]) => !FIGURE_SKIP.has(name) && typeof value === 'number'),
  ) as Record<string, number>;

/**
 * The statistics the aggregator keeps (see infra/README.md "Statistics"): written only by the aggregator, in
 * transactions that also move the stream shard's checkpoint, so a batch delivered twice counts once.
 */
export function statsRepository(db: DocumentClient, tableName: string) {
  const bucketKey = (bucket: StatBucket, shard: number) =>
    bucket.kind === 'day'
      ? keys.statDay(bucket.date, bucket.storeId, shard)
      : bucket.kind === 'expiry'
        ? keys.statExpiry(bucket.date, shard)
        : bucket.kind === 'total'
          ? keys.statTotal(shard)
          : salesBucketKey(bucket, shard);

  return {
    ...salesStatsReaders(db, tableName),

    /** The last stream sequence number whose changes are counted (null: nothing yet from that shard). */
    async checkpoint(streamShardId: string): Promise<string | null> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.statCheckpoint(streamShardId), ConsistentRead: true }),
      );
      return (Item?.lastSeq as string | undefined) ?? null;
    },

    /** The writes of one aggregated chunk: its figures, the referral standings, and the checkpoint moved from `previous` to `last`. */
    chunkWrites(
      streamShardId: string,
      deltas: readonly StatDelta[],
      referrals: readonly ReferralStanding[],
      previous: string | null,
      last: string,
      nowIso: string,
    ): TxWrite[] {
      const shard = shardOf(streamShardId, STAT_SHARDS);
      const figureWrites: TxWrite[] = deltas.map((delta) => {
        const fields = Object.entries(delta.add);
        const names: Record<string, string> = { '#entity': 'entity', '#updatedAt': 'updatedAt' };
        const values: Record<string, unknown> = { ':entity': 'Stat', ':now': nowIso };
        fields.forEach(([field, amount], index) => {
          names[`#f${index}`] = field;
          values[`:v${index}`] = amount;
        });
        let set = '#entity = :entity, #updatedAt = :now';
        // What the bucket is of (date, store, SKU, staff, member) is stored beside its figures, for the readers.
        Object.entries(delta.bucket)
          .filter(([name]) => name !== 'kind')
          .forEach(([name, value], index) => {
            names[`#d${index}`] = name;
            values[`:d${index}`] = value;
            set += `, #d${index} = :d${index}`;
          });
        return {
          item: {
            Update: {
              TableName: tableName,
              Key: bucketKey(delta.bucket, shard),
              UpdateExpression: `SET ${set} ADD ${fields.map((_, index) => `#f${index} :v${index}`).join(', ')}`,
              ExpressionAttributeNames: names,
              ExpressionAttributeValues: values,
            },
          },
          onConditionFailed: 'none',
        };
      });
      const rankWrites: TxWrite[] = referrals.map((standing) => ({
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.referralRank(standing.memberId),
              ...keys.referralRankIndex(standing.rewarded, standing.memberId),
              entity: 'ReferralRank',
              ...standing,
              updatedAt: nowIso,
            },
          },
        },
        onConditionFailed: 'none',
      }));
      const checkpoint: TxWrite = {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.statCheckpoint(streamShardId),
            UpdateExpression: 'SET lastSeq = :last, #at = :now, entity = :entity',
            ConditionExpression: previous === null ? 'attribute_not_exists(lastSeq)' : 'lastSeq = :previous',
            ExpressionAttributeNames: { '#at': 'at' },
            ExpressionAttributeValues: {
              ':last': last,
              ':now': nowIso,
              ':entity': 'StatCheckpoint',
              ...(previous === null ? {} : { ':previous': previous }),
            },
          },
        },
        onConditionFailed: CHECKPOINT_MOVED,
      };
      return [...figureWrites, ...rankWrites, checkpoint];
    },

    /** Day figures per store for the business days from..to (one Query per calendar month touched). */
    async days(from: string, to: string): Promise<DayRow[]> {
      const months: string[] = [];
      for (let month = `${from.slice(0, 7)}-01`; month.slice(0, 7) <= to.slice(0, 7); month = addMonthsToDate(month, 1))
        months.push(month.slice(0, 7));
      const pages = await Promise.all(
        months.map((month) =>
          queryAll(db, {
            TableName: tableName,
            ...queries.statDays(month, from, to),
          }),
        ),
      );
      return pages
        .flat()
        .map((item) => ({ date: item.date as string, storeId: item.storeId as string, figures: figuresOf(item) }));
    },

    /** Running totals, summed over their shards. */
    async totals(): Promise<Record<string, number>> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.statTotals(),
      });
      const sum: Record<string, number> = {};
      for (const item of items)
        for (const [field, amount] of Object.entries(figuresOf(item))) sum[field] = (sum[field] ?? 0) + amount;
      return sum;
    },

    /** Points still owed by lots expiring on each business day from..to (or another figure of those days: `field`). */
    async expiring(from: string, to: string, field = 'points'): Promise<Map<string, number>> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.statExpiring(from, to),
      });
      const byDate = new Map<string, number>();
      for (const item of items)
        byDate.set(item.date as string, (byDate.get(item.date as string) ?? 0) + ((item[field] as number) ?? 0));
      return byDate;
    },

    /** When each stream shard was last counted; the oldest is how fresh the statistics are. */
    async checkpoints(): Promise<{ shardId: string; at: string }[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.statCheckpoints(),
      });
      return items.map((item) => ({ shardId: item.sk as string, at: item.at as string }));
    },

    async referralRanking(limit: number): Promise<ReferralStanding[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.referralRanks(),
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (Items ?? []).map((item) => ({
        memberId: item.memberId,
        memberNo: item.memberNo,
        nickname: item.nickname,
        rewarded: item.rewarded,
        invited: item.invited,
      }));
    },

    /** How many members hold a tag, and the first `limit` of them (ids). */
    async tagHolders(tag: string, limit: number): Promise<{ count: number; memberIds: string[] }> {
      let count = 0;
      const memberIds: string[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            ...queries.tagHolders(tag),
            ProjectionExpression: 'gsi1sk',
            ExclusiveStartKey: startKey,
          }),
        );
        count += page.Count ?? 0;
        for (const item of page.Items ?? []) if (memberIds.length < limit) memberIds.push(item.gsi1sk as string);
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return { count, memberIds };
    },
  };
}

export type StatsRepository = ReturnType<typeof statsRepository>;
