import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, type DocumentClient } from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import { parseConfig, type AppConfig } from '../../functions/src/config';
import { localEnvironment } from '../../infra/local/local-env';
import { dropTable, ensureTable } from '../../infra/local/table';
import { seedDemo } from '../../infra/seed/seed';
import { testEnv } from './env';

export interface TestTable {
  tableName: string;
  db: DocumentClient;
  config: AppConfig;
  deps: ReturnType<typeof createAppDeps>;
  /** Every item of the table (tests only: request paths never scan). */
  scanAll(): Promise<Record<string, any>[]>;
  drop(): Promise<void>;
}

let tables = 0;

/** A table of its own on the test file's DynamoDB Local, created from infra/table.json and seeded with the demo. */
export async function createTestTable(options: { seed?: boolean; stage?: string } = {}): Promise<TestTable> {
  const endpoint = testEnv.dynamoEndpoint();
  process.env.AWS_ENDPOINT_URL_DYNAMODB = endpoint;
  process.env.AWS_REGION = 'cn-north-1';
  const tableName = `it-${process.pid}-${Date.now().toString(36)}-${tables++}`;
  const raw = new DynamoDBClient({
    endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(raw, tableName);
  const env = localEnvironment({ dynamoEndpoint: endpoint, tableName, apiPort: 0, lambdaPort: 0 });
  const localConfig = parseConfig(env);
  const config: AppConfig = options.stage
    ? { ...localConfig, stage: options.stage, isLocal: options.stage === 'local' }
    : localConfig;
  const db = createDocumentClient();
  if (options.seed !== false) await seedDemo(localConfig, db);
  const deps = createAppDeps(config, db);
  return {
    tableName,
    db,
    config,
    deps,
    async scanAll() {
      const items: Record<string, any>[] = [];
      let start: Record<string, any> | undefined;
      do {
        const page = await db.send(
          new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }),
        );
        items.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start);
      return items;
    },
    async drop() {
      await dropTable(raw, tableName);
      db.destroy();
      raw.destroy();
    },
  };
}
