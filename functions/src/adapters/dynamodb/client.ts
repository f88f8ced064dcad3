import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type DocumentClient = DynamoDBDocumentClient;

/**
 * One client per container. When AWS_ENDPOINT_URL_DYNAMODB points at DynamoDB Local the SDK talks to it
 * natively; it still wants credentials and a region, so dummy ones are supplied there and only there.
 */
export function createDocumentClient(overrides: DynamoDBClientConfig = {}): DocumentClient {
  const endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB;
  const local: DynamoDBClientConfig = endpoint
    ? {
        endpoint,
        region: process.env.AWS_REGION ?? 'cn-north-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }
    : {};
  const client = new DynamoDBClient({ maxAttempts: 4, ...local, ...overrides });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}
