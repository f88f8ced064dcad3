import { accessMatrix, type Caller } from './access-matrix';
import { call, login, newOpenid } from '../support/http';
import { routeKey, servesRequest, serverlessRoutes } from '../support/routes';

const tokens: Partial<Record<Caller, string>> = {};
let memberCode = { code: '', atMs: 0 };
let memberId = '';
let purchaseId = '';
let orderId = '';

beforeAll(async () => {
  tokens.member = (await login(newOpenid())).token;
  tokens.otherMember = (await login(newOpenid())).token;
  tokens.staff = (await login('staff-s001')).token;
  tokens.marketer = (await login('marketer')).token;
  memberId = (await call('GET', '/v1/me', { token: tokens.member })).body.memberId;
  // A purchase big enough to be refunded one fen at a time by every caller that may.
  const code = (await call('GET', '/v1/me/code', { token: tokens.member })).body.code;
  purchaseId = (
    await call('POST', '/v1/store/purchases', {
      token: tokens.staff,
      body: { memberCode: code, receiptNo: `M${Date.now()}`, amountFen: 10000 },
    })
  ).body.purchaseId;
  orderId = (
    await call('POST', '/v1/mall/orders', { token: tokens.member, body: { itemId: 'demo-spoon', quantity: 1 } })
  ).body.orderId;
});

/** A member code lives 60 s and this file runs for minutes on a loaded machine: each row gets one still valid. */
async function liveMemberCode(): Promise<string> {
  if (Date.now() - memberCode.atMs > 30_000)
    memberCode = { code: (await call('GET', '/v1/me/code', { token: tokens.member })).body.code, atMs: Date.now() };
  return memberCode.code;
}

const callers: Caller[] = ['anonymous', 'member', 'otherMember', 'staff', 'marketer'];
const cases = accessMatrix.flatMap((row) =>
  callers.map((caller) => [`${row.method} ${row.path}`, caller, row.expect[caller], row] as const),
);

describe('access matrix', () => {
  test.each(cases)('%s as %s → %i', async (_name, caller, status, row) => {
    const answer = await call(row.method, row.pathFor?.({ memberId, purchaseId, orderId }) ?? row.path, {
      token: tokens[caller],
      body: row.body?.({ memberCode: await liveMemberCode(), unique: newOpenid(caller), memberId, purchaseId }),
    });
    expect(answer.status).toBe(status);
    if (status === 401 && row.unauthorizedBody) expect(answer.body).toMatchObject(row.unauthorizedBody as object);
    else if (status === 401) expect(answer.body.error.code).toBe('AUTH_REQUIRED');
    if (status === 403) expect(answer.body.error.code).toBe('FORBIDDEN');
  });

  test('every route of serverless.yml has a row (a new route without one fails here)', () => {
    const routes = serverlessRoutes();
    expect(routes.filter((route) => !accessMatrix.some((row) => servesRequest(route, row))).map(routeKey)).toEqual([]);
    // …and no row names a route that does not exist.
    const stray = accessMatrix.filter((row) => !routes.some((route) => servesRequest(route, row)));
    expect(stray.map((row) => `${row.method} ${row.path}`)).toEqual([]);
  });

  test('a member sees only their own card', async () => {
    const mine = await call('GET', '/v1/me', { token: tokens.member });
    const theirs = await call('GET', '/v1/me', { token: tokens.otherMember });
    expect(mine.body.memberId).not.toBe(theirs.body.memberId);
  });
});
