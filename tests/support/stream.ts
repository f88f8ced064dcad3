import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { toStreamChange, type StreamChange } from '../../functions/src/adapters/dynamodb';

/** Every change in a table's stream so far, per shard in stream order (tests replay them at will). */
export async function readWholeStream(endpoint: string, tableName: string): Promise<Map<string, StreamChange[]>> {
  const options = { endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  const dynamo = new DynamoDBClient(options);
  const streams = new DynamoDBStreamsClient(options);
  try {
    const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    const streamArn = Table!.LatestStreamArn!;
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    const byShard = new Map<string, StreamChange[]>();
    for (const shard of StreamDescription?.Shards ?? []) {
      const changes: StreamChange[] = [];
      let { ShardIterator: iterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      while (iterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        changes.push(...(page.Records ?? []).map(toStreamChange));
        if (!page.Records?.length) break;
        iterator = page.NextShardIterator;
      }
      byShard.set(shard.ShardId!, changes);
    }
    return byShard;
  } finally {
    dynamo.destroy();
    streams.destroy();
  }
}
