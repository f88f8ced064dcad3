import { call, login, newOpenid } from '../support/http';

/**
 * List cursors are opaque and bound to the list and the caller they came from: a hand-made cursor, a cursor of
 * another list, or another caller's real cursor is 400 VALIDATION_FAILED (naming `query.cursor`) on every list,
 * never a 500 from DynamoDB and never someone else's page.
 */
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const handMade: [string, string][] = [
  ['an empty key (e30)', 'e30'],
  ['a key of another shape', b64({ pk: 'MEMBER#01ARZ3NDEKTSV4RRFFQ69G5FAV', sk: 'LEDGER#x' })],
  ['a key with numbers', b64({ pk: 1, sk: 2 })],
  ['an array', b64([1, 2])],
  ['a string', b64('cursor')],
  ['not base64url', 'not a cursor!'],
  ['a forged signature', `${b64({ pk: 'PROMO#x', sk: 'META' })}.AAAAAAAAAAAAAAAAAAAAAA`],
];

let member: string;
let otherMember: string;
let marketer: string;
let staff: string;
beforeAll(async () => {
  [member, otherMember, marketer, staff] = await Promise.all([
    login(newOpenid('cursor')).then((answer) => answer.token),
    login(newOpenid('cursor')).then((answer) => answer.token),
    login('marketer').then((answer) => answer.token),
    login('staff-s001').then((answer) => answer.token),
  ]);
  // Two points entries each (a purchase, a check-in), so a page of one has a next page.
  for (const token of [member, otherMember]) {
    const code = (await call('GET', '/v1/me/code', { token })).body.code;
    const bought = await call('POST', '/v1/store/purchases', {
      token: staff,
      body: {
        memberCode: code,
        receiptNo: `CUR${Date.now().toString(36)}${newOpenid('').slice(-4)}`,
        amountFen: 20000,
      },
    });
    expect(bought.status).toBe(201);
    expect((await call('POST', '/v1/checkins', { token })).status).toBe(201);
  }
});

const lists = [
  { path: '/v1/me/points', caller: () => member },
  { path: '/v1/me/orders', caller: () => member },
  { path: '/v1/admin/staff', caller: () => marketer },
  { path: '/v1/admin/promotions', caller: () => marketer },
  { path: '/v1/admin/outbox', caller: () => marketer },
  { path: '/v1/admin/coupon-templates', caller: () => marketer },
  { path: '/v1/admin/campaigns', caller: () => marketer },
  { path: '/v1/admin/audit', caller: () => marketer },
];

const expectBadCursor = (answer: { status: number; body: any }) => {
  expect(answer.status).toBe(400);
  expect(answer.body.error.code).toBe('VALIDATION_FAILED');
  expect(answer.body.error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(['query.cursor']);
};

describe('list cursors', () => {
  test.each(lists.flatMap((list) => handMade.map(([name, cursor]) => [list.path, name, cursor, list] as const)))(
    '%s refuses %s',
    async (path, _name, cursor, list) => {
      expectBadCursor(await call('GET', `${path}?cursor=${encodeURIComponent(cursor)}`, { token: list.caller() }));
    },
  );

  test("a member's own cursor reads the next page; another member's cursor is refused", async () => {
    const first = await call('GET', '/v1/me/points?limit=1', { token: member });
    expect(first.status).toBe(200);
    const cursor = first.body.nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    const second = await call('GET', `/v1/me/points?limit=1&cursor=${encodeURIComponent(cursor)}`, { token: member });
    expect(second.status).toBe(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expectBadCursor(
      await call('GET', `/v1/me/points?limit=1&cursor=${encodeURIComponent(cursor)}`, { token: otherMember }),
    );
  });

  test('a cursor is bound to its list and its filter', async () => {
    const promotions = await call('GET', '/v1/admin/promotions?limit=1', { token: marketer });
    const templates = await call('GET', '/v1/admin/coupon-templates?limit=1', { token: marketer });
    const cursor = (templates.body.nextCursor ?? promotions.body.nextCursor) as string;
    expect(cursor).toEqual(expect.any(String));
    expectBadCursor(await call('GET', `/v1/admin/campaigns?cursor=${encodeURIComponent(cursor)}`, { token: marketer }));
    const earn = await call('GET', '/v1/me/points?limit=1&type=earn', { token: member });
    const next = earn.body.nextCursor as string;
    expect(next).toEqual(expect.any(String));
    expectBadCursor(
      await call('GET', `/v1/me/points?limit=1&type=bonus&cursor=${encodeURIComponent(next)}`, { token: member }),
    );
  });
});
