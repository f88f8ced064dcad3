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

/** A fresh local stack on free ports, an in-process client metered for requests and capacity, torn down after. */
export async function withBenchStack(run: (context: BenchContext) => Promise<void>): Promise<void> {
  const stack = await startLocalStack({
    dynamoPort: await freePort(),
    apiPort: await freePort(),
    lambdaPort: await freePort(),
    tableName: 'huiyuanka-bench',
  });
  const db = createDocumentClient();
  try {
    const meter = meterClient(db);
    await run({ stack, db, meter, deps: createAppDeps(localConfig(stack.env), db), table: stack.env.TABLE_NAME });
  } finally {
    db.destroy();
    await stack.stop();
  }
}
