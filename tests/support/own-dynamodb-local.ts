/**
 * Each integration test file runs on a DynamoDB Local of its own, started here before the file's own hooks.
 * DynamoDB Local gets slower as writes pile up in one process, even after their tables are dropped: measured,
 * mall.test.ts takes 20 s on a fresh engine, 56 s right after the demo-history test, and 227 s late in one
 * shared engine. A fresh engine costs ~3.5 s, and the files' figures no longer depend on their order.
 */
import { startDynamoDbLocal, type DynamoDbLocal } from '../../infra/local/dynamodb-local';
import { freePort } from '../../infra/local/ports';

let dynamo: DynamoDbLocal | undefined;

beforeAll(async () => {
  dynamo = await startDynamoDbLocal({ port: await freePort() });
  process.env.TEST_DYNAMO_ENDPOINT = dynamo.endpoint;
}, 60_000);

afterAll(async () => {
  await dynamo?.stop();
});
