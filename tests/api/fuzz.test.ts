import { call, login, newOpenid, type ApiAnswer } from '../support/http';
import { isMutating, routeKey, serverlessRoutes, type ServerlessRoute } from '../support/routes';
import { malformedRequests, type Malformed } from './fuzz-cases';

/**
 * Every route of serverless.yml, as each identity, with a fixed-seed set of malformed bodies, queries, cursors,
 * path parameters and headers: never a 5xx, every refusal in the error shape with a code, and a change-making route
 * never accepts one (4xx). Afterwards nothing a member owns has moved (`watched`: add a wallet there in one line).
 */
const SEED = 20261205;
const IN_FLIGHT = 8;

type Identity = 'anonymous' | 'member' | 'otherMember' | 'staffS001' | 'staffS002' | 'marketer';
const tokens: Partial<Record<Identity, string>> = {};
let marketerToken = '';

/** What must not move, read as each watched member (and the marketer, for stock). One line per thing. */
const watched: Record<string, (token: string) => Promise<unknown>> = {
  points: async (token) => {
    const me = (await call('GET', '/v1/me', { token })).body;
    const ledger = (await call('GET', '/v1/me/points?limit=100', { token })).body;
    return {
      ...me.points,
      ledger: ledger.items.map((entry: { id: string; status?: string }) => [entry.id, entry.status]),
    };
  },
  coupons: async (token) =>
    (await call('GET', '/v1/me/coupons', { token })).body.items.map((c: { couponId: string; status: string }) => [
      c.couponId,
      c.status,
    ]),
  wallet: async (token) => (await call('GET', '/v1/me/wallet', { token })).body,
  stock: async () =>
    (await call('GET', '/v1/admin/mall/items', { token: marketerToken })).body.items.map(
      (item: { itemId: string; stock: number | null; sold: number | null }) => [item.itemId, item.stock, item.sold],
    ),
};
const snapshot = async () => {
  const state: Record<string, unknown> = {};
  for (const who of ['member', 'otherMember'] as const)
    for (const [name, read] of Object.entries(watched)) state[`${who}.${name}`] = await read(tokens[who]!);
  return state;
};

beforeAll(async () => {
  const [member, otherMember, staffS001, staffS002, marketer] = await Promise.all([
    login(newOpenid('fuzz')),
    login(newOpenid('fuzz')),
    login('staff-s001'),
    login('staff-s002'),
    login('marketer'),
  ]);
  Object.assign(tokens, {
    member: member.token,
    otherMember: otherMember.token,
    staffS001: staffS001.token,
    staffS002: staffS002.token,
    marketer: marketer.token,
  });
  marketerToken = marketer.token;
  // Something to lose: points (and a waiting reward), a coupon, an order that holds stock.
  const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
  await call('POST', '/v1/store/purchases', {
    token: staffS001.token,
    body: { memberCode: code, receiptNo: `FZ${Date.now().toString(36)}`.toUpperCase(), amountFen: 30000 },
  });
  await call('POST', '/v1/mall/orders', { token: member.token, body: { itemId: 'demo-latte-art', quantity: 1 } });
});

function send(route: ServerlessRoute, identity: Identity, request: Malformed): Promise<ApiAnswer> {
  const path = route.path.replace(/\{[^}]+\}/g, (name) => request.params?.[name.slice(1, -1)] ?? 'x');
  return call(route.method, `${path}${request.query ? `?${request.query}` : ''}`, {
    // A bad Authorization header stands in for the identity's token.
    token: identity === 'anonymous' || request.headers?.Authorization ? undefined : tokens[identity],
    rawBody: request.rawBody,
    headers: request.headers,
  });
}

describe('malformed input on every route, as every identity', () => {
  test('never a 5xx; every refusal has a code; nothing changes', async () => {
    const before = await snapshot();
    const identities: Identity[] = ['anonymous', 'member', 'otherMember', 'staffS001', 'staffS002', 'marketer'];
    const jobs = serverlessRoutes().flatMap((route) =>
      identities.flatMap((identity) =>
        malformedRequests(SEED, route, identity).map((request) => ({ route, identity, request })),
      ),
    );
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const { route, identity, request } = jobs[next++]!;
        const answer = await send(route, identity, request);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const where = `${routeKey(route)} as ${identity} with ${request.name}: ${answer.status}`;
        // WeChat Pay's notify speaks its own protocol: a refusal is 401 { code: "FAIL", message } (api.md "Money").
        const foreignRefusal =
          route.path === '/v1/pay/wechat/notify' && answer.status === 401 && answer.body?.code === 'FAIL';
        if (foreignRefusal) continue;
        if (answer.status >= 500) problems.push(`${where} ${JSON.stringify(answer.body).slice(0, 200)}`);
        else if (answer.status >= 400 && !/^[A-Z_]+$/.test(answer.body?.error?.code ?? ''))
          problems.push(`${where} without an error code: ${String(answer.body).slice(0, 100)}`);
        else if (isMutating(route) && answer.status < 400) problems.push(`${where}: a change-making route accepted it`);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    process.stdout.write(
      `fuzz: ${jobs.length} requests over ${serverlessRoutes().length} routes × ${identities.length} identities; ` +
        `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`,
    );
    expect(problems).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 600_000);
});
