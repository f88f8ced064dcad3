/**
 * `npm run job -- <name> [--now <ISO>]`: runs a scheduled job against the local stack's table. Uses the running
 * DynamoDB Local of `npm start` / `npm run api` when there is one, else starts one on the .local data.
 */
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '../functions/src/adapters/dynamodb';
import { createAppDeps } from '../functions/src/composition';
import { jobs } from '../functions/src/jobs';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local';
import { localConfig, localEnvironment } from '../infra/local/local-env';
import { prepareTable } from '../infra/local/stack';
import { runningWechat } from '../infra/local/wechat-stand-ins';

async function reachable(endpoint: string): Promise<boolean> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    await client.send(new ListTablesCommand({}));
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

async function main() {
  const [name, ...rest] = process.argv.slice(2);
  const job = name ? jobs[name] : undefined;
  if (!job) throw new Error(`usage: npm run job -- <${Object.keys(jobs).join('|')}> [--now <ISO timestamp>]`);
  const nowFlag = rest.indexOf('--now');
  const nowMs = nowFlag >= 0 ? Date.parse(rest[nowFlag + 1] ?? '') : Date.now();
  if (Number.isNaN(nowMs)) throw new Error('--now needs an ISO timestamp, e.g. 2027-01-01T00:00:05+08:00');

  const port = Number(process.env.DYNAMO_PORT ?? 8000);
  const endpoint = `http://127.0.0.1:${port}`;
  const started = (await reachable(endpoint))
    ? undefined
    : await startDynamoDbLocal({ port, dbPath: '.local/dynamodb' });
  try {
    const env = localEnvironment({
      dynamoEndpoint: endpoint,
      tableName: process.env.TABLE_NAME ?? 'huiyuanka-local',
      apiPort: 0,
      lambdaPort: 0,
      // The WeChat Pay / WeChat API stand-ins of the running `npm start`, if any.
      wechat: runningWechat(),
    });
    await prepareTable(env, false);
    const deps = createAppDeps(localConfig(env), createDocumentClient());
    const t0 = Date.now();
    const result = await job(nowMs, deps);
    process.stdout.write(
      `${name} at ${new Date(nowMs).toISOString()}: ${JSON.stringify(result)} (${Date.now() - t0} ms)\n`,
    );
    deps.db.destroy();
  } finally {
    await started?.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
