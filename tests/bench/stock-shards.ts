import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from '../../functions/src/adapters/dynamodb';
import { measure, type Measurement } from './measure';

/**
 * The sharded-counter design measured raw: `total` conditional decrements of one stock counter, then of the same
 * stock split over `shards` items (a random shard first; an empty one is skipped).
 */
export async function measureStockShards(
  db: DocumentClient,
  table: string,
  pk: string,
  options = { total: 2000, shards: 8, concurrency: 32 },
): Promise<Measurement[]> {
  const decrement = (sk: string) =>
    db.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk, sk },
        UpdateExpression: 'ADD stock :minus',
        ConditionExpression: 'stock >= :one',
        ExpressionAttributeValues: { ':minus': -1, ':one': 1 },
      }),
    );
  const put = (sk: string, stock: number) =>
    db.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk, sk },
        UpdateExpression: 'SET stock = :s',
        ExpressionAttributeValues: { ':s': stock },
      }),
    );
  await put('STOCK#all', options.total);
  const one = await measure('1 stock counter', options.total, options.concurrency, () => decrement('STOCK#all'));
  for (let shard = 0; shard < options.shards; shard++)
    await put(`STOCK#${shard}`, Math.ceil(options.total / options.shards));
  const split = await measure(`${options.shards} stock shards`, options.total, options.concurrency, async () => {
    const start = Math.floor(Math.random() * options.shards);
    for (let k = 0; k < options.shards; k++) {
      try {
        return await decrement(`STOCK#${(start + k) % options.shards}`);
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      }
    }
    throw new Error('sold out');
  });
  return [one, split];
}
