import { accessMatrix, type AccessRow, type Caller } from './access-matrix';
import { call, login, newOpenid } from '../support/http';
import { isMutating, routeKey, servesRequest, serverlessRoutes, type ServerlessRoute } from '../support/routes';

/**
 * Every route of serverless.yml that changes something honours `Idempotency-Key` (the same key and body answer the
 * first answer again, marked `Idempotent-Replayed`, with no second effect) — or is idempotent by nature, for the
 * reason written here. A new mutating route that is neither fails this suite.
 */
const idempotentByNature: Record<string, string> = {
  'POST /v1/auth/wechat':
    'a login writes nothing but the first registration of an openid, which its identity marker makes once-only',
  'POST /v1/auth/invitation':
    'the invitation is used once (a condition on it); the same employee accepting again is logged in, nothing written',
  'POST /v1/store/scan': 'reads only: looking a member, coupon or order up never consumes or changes it',
  'POST /v1/store/purchases/preview': 'reads only: a preview computes, it records nothing',
  'POST /v1/admin/audiences/preview': 'reads only: it counts an audience and samples it',
  'POST /v1/pay/wechat/notify':
    "WeChat Pay's own retry protocol: a notification settles its order once (conditional on the order awaiting payment); a repeat answers 204 and credits nothing",
  'POST /v1/admin/promotions/{promotionId}/end': 'ending a promotion that has ended answers it as it is',
  'PUT /v1/admin/staff/{openid}': 'the body names the state the account ends in (active or disabled)',
};

const tokens: Partial<Record<Caller, string>> = {};
let context = { memberCode: '', memberId: '', purchaseId: '', orderId: '' };

beforeAll(async () => {
  const [member, otherMember, staff, marketer] = await Promise.all([
    login(newOpenid('replay')),
    login(newOpenid('replay')),
    login('staff-s001'),
    login('marketer'),
  ]);
  Object.assign(tokens, {
    member: member.token,
    otherMember: otherMember.token,
    staff: staff.token,
    marketer: marketer.token,
  });
  const code = async () => (await call('GET', '/v1/me/code', { token: member.token })).body.code as string;
  const purchase = await call('POST', '/v1/store/purchases', {
    token: staff.token,
    body: { memberCode: await code(), receiptNo: `RP${Date.now().toString(36)}`.toUpperCase(), amountFen: 10000 },
  });
  const order = await call('POST', '/v1/mall/orders', {
    token: member.token,
    body: { itemId: 'demo-spoon', quantity: 1 },
  });
  context = {
    memberCode: await code(),
    memberId: member.memberId!,
    purchaseId: purchase.body.purchaseId,
    orderId: order.body.orderId,
  };
});

/** The caller a row lets in (the one whose answer is not 401/403). */
const allowedCaller = (row: AccessRow): Caller =>
  (['member', 'staff', 'marketer', 'anonymous'] as const).find(
    (caller) => row.expect[caller] !== 401 && row.expect[caller] !== 403,
  )!;

const mutating = serverlessRoutes().filter(isMutating);
const rowOf = (route: ServerlessRoute) => accessMatrix.find((row) => servesRequest(route, row));
/**
 * What a login answers apart from the token itself (a new token each time, with its own expiry); a scan apart from
 * its counter ticket (signed anew, stored nowhere, 5 minutes from each scan); a refusal apart from its request id.
 */
const comparable = (body: any) =>
  body?.token
    ? { ...body, token: undefined, expiresAt: undefined }
    : body?.counterTicket
      ? { ...body, counterTicket: undefined, counterTicketExpiresAt: undefined }
      : body?.error
        ? { ...body, error: { ...body.error, requestId: undefined } }
        : body;

describe('Idempotency-Key on every mutating route', () => {
  test('serverless.yml has mutating routes, and every one is either replayed or idempotent by nature', () => {
    expect(mutating.length).toBeGreaterThan(20);
    for (const key of Object.keys(idempotentByNature)) expect(mutating.map(routeKey)).toContain(key);
  });

  test.each(mutating.filter((route) => !idempotentByNature[routeKey(route)]).map((route) => [routeKey(route), route]))(
    '%s replays the first answer for the same key',
    async (key, route) => {
      const row = rowOf(route);
      if (!row) throw new Error(`${key} has no row in tests/api/access-matrix.ts to build its request from`);
      const caller = allowedCaller(row);
      const path = row.pathFor?.(context) ?? row.path;
      const body = row.body?.({ ...context, unique: newOpenid(caller) });
      const headers = { 'Idempotency-Key': `replay-${newOpenid()}` };
      const first = await call(row.method, path, { token: tokens[caller], body, headers });
      expect(first.status).toBeLessThan(500);
      const again = await call(row.method, path, { token: tokens[caller], body, headers });
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect([again.status, again.body]).toEqual([first.status, first.body]);
    },
  );

  test.each(Object.entries(idempotentByNature))('%s is idempotent by nature: %s', async (key) => {
    const row = rowOf(mutating.find((route) => routeKey(route) === key)!)!;
    const caller = allowedCaller(row);
    const body = row.body?.({ ...context, unique: 'same-for-both' });
    const first = await call(row.method, row.path, { token: tokens[caller], body });
    const again = await call(row.method, row.path, { token: tokens[caller], body });
    expect(again.status).toBe(first.status);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(comparable(again.body)).toEqual(comparable(first.body));
  });

  test('a stock change sent twice with one key moves the stock once', async () => {
    const marketer = tokens.marketer!;
    const created = await call('POST', '/v1/admin/mall/items', {
      token: marketer,
      body: { name: `幂等商品${newOpenid('').slice(-6)}`, category: '测试', kind: 'goods', points: 10, stock: 5 },
    });
    expect(created.status).toBe(201);
    const headers = { 'Idempotency-Key': `stock-${newOpenid()}` };
    const path = `/v1/admin/mall/items/${created.body.itemId}`;
    for (let i = 0; i < 2; i++)
      expect((await call('PUT', path, { token: marketer, body: { stockDelta: 1 }, headers })).status).toBe(200);
    const items = (await call('GET', '/v1/admin/mall/items', { token: marketer })).body.items;
    expect(items.find((item: { itemId: string }) => item.itemId === created.body.itemId).stock).toBe(6);
  });
});
