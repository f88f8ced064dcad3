import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import { localConfig } from '../../infra/local/local-env';
import { freePort } from '../../infra/local/ports';
import { startLocalStack, type LocalStack } from '../../infra/local/stack';
import { meterClient } from './dynamo-meter';

export interface BenchContext {
  stack: LocalStack;
  db: ReturnType<typeof createDocumentClient>;
  meter: ReturnType<typeof meterClient>;
  deps: ReturnType<typeof createAppDeps>;
  table: string;
}

/**
 * A fresh local stack for a bench: on DYNAMO_PORT / API_PORT / API_LAMBDA_PORT when they are set (an engineer's own
 * ports on a shared machine), on free ports otherwise. Without the stream's consumers unless asked (`streams`): the
 * write paths are measured as deployed, where statistics and notifications follow the stream beside the table.
 */
export async function startBenchStack(options: { streams?: boolean } = {}): Promise<LocalStack> {
  const port = async (name: string) => Number(process.env[name] ?? 0) || (await freePort());
  return startLocalStack({
    dynamoPort: await port('DYNAMO_PORT'),
    apiPort: await port('API_PORT'),
    lambdaPort: await port('API_LAMBDA_PORT'),
    tableName: 'huiyuanka-bench',
    streams: options.streams ?? false,
  });
}

/** A fresh bench stack, an in-process client metered for requests and capacity, torn down after. */
export async function withBenchStack(
  run: (context: BenchContext) => Promise<void>,
  options: { streams?: boolean } = {},
): Promise<void> {
  const stack = await startBenchStack(options);
  const db = createDocumentClient();
  try {
    const meter = meterClient(db);
    await warmUp(db, stack.env.TABLE_NAME);
    await run({ stack, db, meter, deps: createAppDeps(localConfig(stack.env), db), table: stack.env.TABLE_NAME });
  } finally {
    db.destroy();
    await stack.stop();
  }
}

const WARM_UP_MS = 5_000;

/**
 * DynamoDB Local (a JVM) runs several times faster after its first few thousand requests: whichever leg ran first
 * used to pay for that. Writes, reads and transactions on keys of their own until the JIT has settled.
 */
export async function warmUp(db: ReturnType<typeof createDocumentClient>, table: string): Promise<void> {
  const until = Date.now() + WARM_UP_MS;
  const client = async (lane: number) => {
    for (let i = 0; Date.now() < until; i++) {
      const key = { pk: `BENCH-WARM-UP#${lane}`, sk: String(i % 50) };
      await db.send(new PutCommand({ TableName: table, Item: { ...key, i } }));
      await db.send(new GetCommand({ TableName: table, Key: key }));
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table,
                Key: key,
                UpdateExpression: 'SET i = i + :one',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
            { Put: { TableName: table, Item: { pk: `BENCH-WARM-UP#${lane}`, sk: `t${i % 50}` } } },
          ],
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, lane) => client(lane)));
}
