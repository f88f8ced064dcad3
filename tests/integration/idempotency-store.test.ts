import { keys } from '../../functions/src/adapters/dynamodb';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
beforeAll(async () => (table = await createTestTable({ seed: false })));
afterAll(() => table.drop());

const NOW = Date.parse('2026-11-23T02:00:00Z');
const LEASE = 30_000;
const DAY = 86_400_000;

describe('the idempotency store on DynamoDB Local', () => {
  const repo = () => table.deps.idempotency;

  test('first claim wins; the same request is in progress, then replayed; another body is a mismatch', async () => {
    expect(await repo().claim('s1', 'h1', NOW, LEASE, DAY)).toEqual({ kind: 'claimed' });
    expect(await repo().claim('s1', 'h1', NOW + 10, LEASE, DAY)).toEqual({ kind: 'in-progress' });
    await repo().complete('s1', 'h1', { statusCode: 201, body: '{"id":1}' });
    expect(await repo().claim('s1', 'h1', NOW + 20, LEASE, DAY)).toEqual({
      kind: 'replay',
      response: { statusCode: 201, body: '{"id":1}' },
    });
    expect(await repo().claim('s1', 'h2', NOW + 30, LEASE, DAY)).toEqual({ kind: 'mismatch' });
    const stored = (await table.scanAll()).find((item) => item.pk === keys.idempotency('s1').pk)!;
    expect(stored.ttl).toBe(Math.ceil((NOW + DAY) / 1000));
  });

  test('20 parallel claims of one key: exactly one runs', async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => repo().claim('s2', 'h', NOW, LEASE, DAY)));
    expect(outcomes.filter((outcome) => outcome.kind === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === 'in-progress')).toHaveLength(19);
  });

  test('a crashed claim can be taken over after its lease; a released one at once', async () => {
    await repo().claim('s3', 'h', NOW, LEASE, DAY);
    expect(await repo().claim('s3', 'h', NOW + LEASE - 1, LEASE, DAY)).toEqual({ kind: 'in-progress' });
    expect(await repo().claim('s3', 'h', NOW + LEASE + 1, LEASE, DAY)).toEqual({ kind: 'claimed' });
    await repo().release('s3', 'h');
    expect(await repo().claim('s3', 'h', NOW + LEASE + 2, LEASE, DAY)).toEqual({ kind: 'claimed' });
  });

  test('after 24 hours a key may be used afresh', async () => {
    await repo().claim('s4', 'h1', NOW, LEASE, DAY);
    await repo().complete('s4', 'h1', { statusCode: 200, body: '{}' });
    expect(await repo().claim('s4', 'h2', NOW + DAY + 1, LEASE, DAY)).toEqual({ kind: 'claimed' });
  });
});
