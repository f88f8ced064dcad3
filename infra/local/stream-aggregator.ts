import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { createDocumentClient, toStreamChange } from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import type { AppConfig } from '../../functions/src/config';
import { aggregateChanges } from '../../functions/src/features/analytics/aggregate';

export interface StreamAggregator {
  /** Resolves once every change written before the call has been counted. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

const POLL_MS = 300;

/**
 * The local stand-in for the aggregator Lambda's event source: reads DynamoDB Local's stream of the table,
 * shard by shard, parents before children, and hands each batch to the same use case the Lambda runs.
 * It resumes after each shard's checkpoint, so a restart counts nothing twice.
 */
export async function startStreamAggregator(
  config: AppConfig,
  endpoint: string,
  onError: (error: unknown) => void = () => undefined,
  /** Also handed every batch (the local notification sender takes the new outbox items from it). */
  alsoFeed?: (records: readonly _Record[]) => Promise<void>,
): Promise<StreamAggregator> {
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const dynamo = new DynamoDBClient({ endpoint, region: 'cn-north-1', credentials });
  const streams = new DynamoDBStreamsClient({ endpoint, region: 'cn-north-1', credentials });
  const db = createDocumentClient();
  const deps = createAppDeps(config, db);
  const table = await dynamo.send(new DescribeTableCommand({ TableName: config.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${config.tableName} has no stream`);

  const iterators = new Map<string, string | null>(); // shard → next iterator (null: shard closed and read to its end)
  let stopped = false;
  // The background loop and drain() take turns, so one pass at a time moves the iterators.
  let turn: Promise<unknown> = Promise.resolve();
  const passInTurn = (): Promise<boolean> => {
    const result = turn.then(pass);
    turn = result.catch(() => undefined);
    return result;
  };

  async function shards(): Promise<Shard[]> {
    const all: Shard[] = [];
    let start: string | undefined;
    do {
      const page = await streams.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
      );
      all.push(...(page.StreamDescription?.Shards ?? []));
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    return all;
  }

  async function iteratorFor(shardId: string): Promise<string | undefined> {
    const checkpoint = await deps.stats.checkpoint(shardId);
    const answer = await streams.send(
      new GetShardIteratorCommand(
        checkpoint
          ? {
              StreamArn: streamArn,
              ShardId: shardId,
              ShardIteratorType: 'AFTER_SEQUENCE_NUMBER',
              SequenceNumber: checkpoint,
            }
          : { StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' },
      ),
    );
    return answer.ShardIterator;
  }

  /** One pass over every shard: true when some shard had records. */
  async function pass(): Promise<boolean> {
    let busy = false;
    const known = await shards();
    const finished = new Set([...iterators].filter(([, iterator]) => iterator === null).map(([id]) => id));
    for (const shard of known) {
      const id = shard.ShardId!;
      if (iterators.get(id) === null) continue;
      if (
        shard.ParentShardId &&
        known.some((other) => other.ShardId === shard.ParentShardId) &&
        !finished.has(shard.ParentShardId)
      )
        continue;
      let iterator = iterators.get(id) ?? (await iteratorFor(id));
      while (iterator && !stopped) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        const records = page.Records ?? [];
        if (records.length) {
          busy = true;
          await aggregateChanges(id, records.map(toStreamChange), Date.now(), deps);
          await alsoFeed?.(records);
        }
        iterator = page.NextShardIterator ?? undefined;
        if (!records.length) break;
      }
      iterators.set(id, iterator ?? null);
      if (!iterator) finished.add(id);
    }
    return busy;
  }

  const loop = (async () => {
    while (!stopped) {
      try {
        await passInTurn();
      } catch (error) {
        iterators.clear(); // expired or broken iterators: resume from the checkpoints
        onError(error);
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();

  return {
    async drain() {
      // Two idle passes after the call: everything written before it has been read and counted.
      for (let idlePasses = 0; idlePasses < 2; ) {
        const busy = await passInTurn();
        idlePasses = busy ? 0 : idlePasses + 1;
      }
    },
    async stop() {
      stopped = true;
      await loop;
      db.destroy();
      dynamo.destroy();
      streams.destroy();
    },
  };
}
