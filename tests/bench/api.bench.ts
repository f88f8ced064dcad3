/**
 * `npm run bench -- api`: GET /v1/me and POST /v1/store/scan over HTTP (serverless-offline, as deployed
 * code runs) against raw DynamoDB GetItem calls on the same DynamoDB Local, in the same run.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, keys } from '../../functions/src/adapters/dynamodb';
import { freePort } from '../../infra/local/ports';
import { type LocalStack, startLocalStack } from '../../infra/local/stack';
import { localConfig } from '../../infra/local/local-env';
import { createAppDeps } from '../../functions/src/composition';
import { scanCode } from '../../functions/src/features/counter/store-scan/use-case';
import { getMe } from '../../functions/src/features/members/get-me/use-case';
import { meterClient } from './dynamo-meter';
import { warmUp } from './bench-stack';
import { aroundRaw, type Measurement, measure, printTable } from './measure';

const TOTAL = 1000;
const SAMPLES = 50;

/** Which reads /v1/me and the scan make, counted on a metered client through the same use cases. */
async function readsPerRequest(stack: LocalStack, memberId: string): Promise<string> {
  const db = createDocumentClient();
  const meter = meterClient(db);
  const deps = createAppDeps(localConfig(stack.env), db);
  const { memberNo, openid } = (await deps.members.getById(memberId))!;
  const principal = { role: 'member' as const, memberId, openid };
  const counter = { role: 'staff' as const, openid: 'staff-s001', storeId: 'S001' };
  const count = async (operation: () => Promise<unknown>) => {
    await operation(); // settings and caches as a warm container holds them
    meter.reset();
    for (let i = 0; i < SAMPLES; i++) await operation();
    return `${(meter.totals.reads / SAMPLES).toFixed(2)} (${meter.readsPer(SAMPLES)})`;
  };
  try {
    const me = await count(() => getMe(principal, Date.now(), deps));
    const scan = await count(() =>
      scanCode(deps.memberCodes.issue(memberNo, Date.now(), 60).code, counter, Date.now(), deps),
    );
    return `/v1/me ${me}; scan ${scan}`;
  } finally {
    db.destroy();
  }
}
const CONCURRENCY = 8;

export async function benchApi(): Promise<void> {
  const stack = await startLocalStack({
    dynamoPort: await freePort(),
    apiPort: await freePort(),
    lambdaPort: await freePort(),
    tableName: 'huiyuanka-bench',
  });
  try {
    const post = async (path: string, body: unknown, token?: string) => {
      const response = await fetch(`${stack.apiUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${path} ${response.status}`);
      return response.json();
    };
    const get = async (path: string, token: string) => {
      const response = await fetch(`${stack.apiUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${path} ${response.status}`);
      return response.json();
    };
    const member = await post('/v1/auth/wechat', { code: 'dev:demo-member-2' });
    const staff = await post('/v1/auth/wechat', { code: 'dev:staff-s001' });
    let code = { value: (await get('/v1/me/code', member.token)).code as string, at: Date.now() };
    const freshCode = async () => {
      if (Date.now() - code.at > 40_000)
        code = { value: (await get('/v1/me/code', member.token)).code, at: Date.now() };
      return code.value;
    };

    // Warm every path once (cold starts are not what this measures).
    await get('/v1/me', member.token);
    await post('/v1/store/scan', { code: await freshCode() }, staff.token);

    const db = createDocumentClient();
    const tableName = stack.env.TABLE_NAME;
    await warmUp(db, tableName);
    const memberKey = keys.member(member.memberId);
    await db.send(new GetCommand({ TableName: tableName, Key: memberKey }));

    const { rows, rawRate, ratioOf } = await aroundRaw(
      'raw DynamoDB GetItem (member)',
      TOTAL,
      CONCURRENCY,
      () => db.send(new GetCommand({ TableName: tableName, Key: memberKey })),
      async () => [
        await measure('GET /v1/me (HTTP)', TOTAL, CONCURRENCY, () => get('/v1/me', member.token)),
        await measure('POST /v1/store/scan (HTTP)', TOTAL, CONCURRENCY, async () =>
          post('/v1/store/scan', { code: await freshCode() }, staff.token),
        ),
      ],
    );
    db.destroy();

    process.stdout.write(
      `\nbench api: ${TOTAL} requests each, ${CONCURRENCY} concurrent clients, DynamoDB Local + serverless-offline on this machine\n`,
    );
    printTable(rows);
    const [before, me, scan, after] = rows as [Measurement, Measurement, Measurement, Measurement];
    const rawMedian = (before.medianMs + after.medianMs) / 2;
    process.stdout.write(
      `\nratio to raw GetItem (mean of before and after, ${rawRate.toFixed(0)} req/s) — throughput: /v1/me ${ratioOf(me)}, scan ${ratioOf(scan)}; ` +
        `median: /v1/me ${(me.medianMs / rawMedian).toFixed(2)}×, scan ${(scan.medianMs / rawMedian).toFixed(2)}×\n`,
    );
    process.stdout.write(`reads per request, in-process: ${await readsPerRequest(stack, member.memberId)}\n`);
  } finally {
    await stack.stop();
  }
}
