/**
 * `npm run bench -- api`: GET /v1/me and POST /v1/store/scan over HTTP (serverless-offline, as deployed code runs)
 * and as the very same Lambda handlers called in this process with an API Gateway event (no HTTP), against raw
 * DynamoDB GetItem calls on the same DynamoDB Local, in the same run. GET /v1/health over HTTP (no storage) is the
 * local emulator's floor: what serverless-offline and the HTTP client cost a request whatever the function does.
 */
import { Agent, request } from 'node:http';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, keys } from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import { createHandler as createScanHandler } from '../../functions/src/features/counter/store-scan/handler';
import { createHandler as createMeHandler } from '../../functions/src/features/members/get-me/handler';
import type { HttpEvent } from '../../functions/src/http/lambda-types';
import { localConfig } from '../../infra/local/local-env';
import type { LocalStack } from '../../infra/local/stack';
import { startBenchStack, warmUp } from './bench-stack';
import { meterClient } from './dynamo-meter';
import { interleaved, type Measurement, printTable } from './measure';

const ROUNDS = 4;
const PER_ROUND = 300;
const SAMPLES = 50;
const CONCURRENCY = 8;

/**
 * A JSON client on node:http with a keep-alive agent of CONCURRENCY sockets: the machinery the AWS SDK's own
 * client uses for the raw leg (a keep-alive http.Agent), so both legs pay the same for the client side.
 */
function jsonClient(baseUrl: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const { hostname, port } = new URL(baseUrl);
  const send = (method: string, path: string, token?: string, body?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      if (payload !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(payload));
      }
      const call = request({ agent, hostname, port, method, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((response.statusCode ?? 500) >= 400)
            reject(new Error(`${method} ${path} ${response.statusCode} ${text}`));
          else resolve(JSON.parse(text));
        });
        response.on('error', reject);
      });
      call.on('error', reject);
      call.end(payload);
    });
  return {
    get: (path: string, token?: string) => send('GET', path, token) as Promise<Record<string, string>>,
    post: (path: string, body: unknown, token?: string) =>
      send('POST', path, token, body) as Promise<Record<string, string>>,
    close: () => agent.destroy(),
  };
}

/** The API Gateway (HTTP API, payload 2.0) event the handler gets when deployed, as far as the wrapper reads it. */
function apiEvent(method: string, path: string, token: string, body?: unknown): () => HttpEvent {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return () => ({
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: {
      authorization: `Bearer ${token}`,
      ...(text ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) } : {}),
    },
    body: text,
    isBase64Encoded: false,
    requestContext: { http: { method, sourceIp: '127.0.0.1' } },
  });
}

/** The same handlers the server runs, in this process, around a client of this process (no HTTP). */
function handlersIn(stack: LocalStack, db: ReturnType<typeof createDocumentClient>) {
  const deps = createAppDeps(localConfig(stack.env), db);
  const me = createMeHandler(() => deps);
  const scan = createScanHandler(() => deps);
  const call = async (handler: typeof me, event: HttpEvent) => {
    const result = await handler(event);
    if (result.statusCode >= 400) throw new Error(`${event.routeKey} ${result.statusCode} ${result.body}`);
    return result;
  };
  return { deps, me: (event: HttpEvent) => call(me, event), scan: (event: HttpEvent) => call(scan, event) };
}

/** Which reads /v1/me and the scan make, wrapper included: the handlers in-process on a metered client. */
async function readsPerRequest(stack: LocalStack, memberId: string, tokens: { member: string; staff: string }) {
  const db = createDocumentClient();
  const meter = meterClient(db);
  const handlers = handlersIn(stack, db);
  const { memberNo } = (await handlers.deps.members.getById(memberId))!;
  const count = async (operation: () => Promise<unknown>) => {
    await operation(); // settings and caches as a warm container holds them
    meter.reset();
    for (let i = 0; i < SAMPLES; i++) await operation();
    return `${(meter.totals.reads / SAMPLES).toFixed(2)} (${meter.readsPer(SAMPLES)})`;
  };
  try {
    const me = await count(() => handlers.me(apiEvent('GET', '/v1/me', tokens.member)()));
    const scan = await count(() => {
      const code = handlers.deps.memberCodes.issue(memberNo, Date.now(), 60).code;
      return handlers.scan(apiEvent('POST', '/v1/store/scan', tokens.staff, { code })());
    });
    return `/v1/me ${me}; scan ${scan}`;
  } finally {
    db.destroy();
  }
}

export async function benchApi(): Promise<void> {
  // serverless-offline prints lines for every invocation; Lambda writes its START/END/REPORT lines outside the
  // function's time. The bench measures the function and the emulator's request handling, not its console.
  process.env.SLS_LOG_LEVEL ??= 'warning';
  const stack = await startBenchStack();
  const http = jsonClient(stack.apiUrl);
  try {
    const member = await http.post('/v1/auth/wechat', { code: 'dev:demo-member-2' });
    const staff = await http.post('/v1/auth/wechat', { code: 'dev:staff-s001' });
    let code = { value: (await http.get('/v1/me/code', member.token)).code!, at: Date.now() };
    const freshCode = async () => {
      if (Date.now() - code.at > 40_000)
        code = { value: (await http.get('/v1/me/code', member.token)).code!, at: Date.now() };
      return code.value;
    };
    const db = createDocumentClient();
    const inProcess = handlersIn(stack, db);
    const meEvent = apiEvent('GET', '/v1/me', member.token!);
    const scanEvent = async () => apiEvent('POST', '/v1/store/scan', staff.token!, { code: await freshCode() })();

    // Warm every path once (cold starts are not what this measures).
    await http.get('/v1/health');
    await http.get('/v1/me', member.token);
    await http.post('/v1/store/scan', { code: await freshCode() }, staff.token);
    await inProcess.me(meEvent());
    await inProcess.scan(await scanEvent());

    const tableName = stack.env.TABLE_NAME;
    await warmUp(db, tableName);
    const memberKey = keys.member(member.memberId!);
    await db.send(new GetCommand({ TableName: tableName, Key: memberKey }));

    const rows = await interleaved(
      [
        {
          name: 'raw DynamoDB GetItem (member)',
          operation: () => db.send(new GetCommand({ TableName: tableName, Key: memberKey })),
        },
        { name: 'GET /v1/health (HTTP, emulator floor)', operation: () => http.get('/v1/health') },
        { name: 'GET /v1/me (handler in-process)', operation: () => inProcess.me(meEvent()) },
        { name: 'GET /v1/me (HTTP)', operation: () => http.get('/v1/me', member.token) },
        { name: 'POST /v1/store/scan (handler in-process)', operation: async () => inProcess.scan(await scanEvent()) },
        {
          name: 'POST /v1/store/scan (HTTP)',
          operation: async () => http.post('/v1/store/scan', { code: await freshCode() }, staff.token),
        },
      ],
      ROUNDS,
      PER_ROUND,
      CONCURRENCY,
    );
    db.destroy();

    process.stdout.write(
      `\nbench api: ${ROUNDS} rounds of ${PER_ROUND} requests a leg, legs in turns, ${CONCURRENCY} concurrent clients (keep-alive), DynamoDB Local + serverless-offline on this machine\n`,
    );
    printTable(rows);
    const [raw, floor, meIn, me, scanIn, scan] = rows as [
      Measurement,
      Measurement,
      Measurement,
      Measurement,
      Measurement,
      Measurement,
    ];
    const figure = (leg: Measurement) =>
      `${leg.throughput.toFixed(0)} req/s (${((leg.throughput / raw.throughput) * 100).toFixed(0)}%, median ${(leg.medianMs / raw.medianMs).toFixed(2)}×, load ${leg.load?.toFixed(2)})`;
    process.stdout.write(
      `\nraw GetItem ${raw.throughput.toFixed(0)} req/s (median ${raw.medianMs.toFixed(2)} ms, load ${raw.load?.toFixed(2)})\n` +
        `  /v1/me: handler in-process ${figure(meIn)}, HTTP ${figure(me)}\n` +
        `  scan:   handler in-process ${figure(scanIn)}, HTTP ${figure(scan)}\n` +
        `  emulator floor (GET /v1/health over HTTP, no storage): ${figure(floor)}\n`,
    );
    process.stdout.write(
      `reads per request (handler in-process, wrapper included): ${await readsPerRequest(stack, member.memberId!, { member: member.token!, staff: staff.token! })}\n`,
    );
  } finally {
    http.close();
    await stack.stop();
  }
}
