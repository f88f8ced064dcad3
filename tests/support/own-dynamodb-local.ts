/**
 * The integration tests' environment: each test file runs on a DynamoDB Local of its own, started before the
 * file and stopped after its last hook (its tables dropped). DynamoDB Local gets slower as writes pile up in one
 * process, even after their tables are dropped: measured, mall.test.ts takes 20 s on a fresh engine, 56 s right
 * after the demo-history test, and 227 s late in one shared engine. A fresh engine costs ~3.5 s, and the files'
 * times no longer depend on their order.
 */
import { TestEnvironment } from 'jest-environment-node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../infra/local/dynamodb-local';
import { freePort } from '../../infra/local/ports';

export default class OwnDynamoDbLocalEnvironment extends TestEnvironment {
  private dynamo: DynamoDbLocal | undefined;

  override async setup() {
    await super.setup();
    this.dynamo = await startDynamoDbLocal({ port: await freePort() });
    this.global.process.env.TEST_DYNAMO_ENDPOINT = this.dynamo.endpoint;
  }

  override async teardown() {
    await this.dynamo?.stop();
    await super.teardown();
  }
}
