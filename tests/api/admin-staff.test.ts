import { accountResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => (marketer = (await login('marketer')).token));

describe('POST /v1/admin/staff', () => {
  test('a marketer provisions a staff member, who then logs in bound to the store and can scan', async () => {
    const openid = newOpenid('barista');
    const created = await call('POST', '/v1/admin/staff', {
      token: marketer,
      body: { openid, storeId: 'S003', role: 'staff' },
    });
    expect(created.status).toBe(201);
    expect(accountResponse.parse(created.body)).toMatchObject({
      openid,
      role: 'staff',
      storeId: 'S003',
      createdBy: 'marketer:marketer',
    });
    const session = await login(openid);
    expect(session).toMatchObject({ role: 'staff', storeId: 'S003' });
    const member = await login(newOpenid());
    const { code } = (await call('GET', '/v1/me/code', { token: member.token })).body;
    expect((await call('POST', '/v1/store/scan', { token: session.token, body: { code } })).status).toBe(200);
  });

  test('marketers can be provisioned too', async () => {
    const openid = newOpenid('analyst');
    expect(
      (await call('POST', '/v1/admin/staff', { token: marketer, body: { openid, role: 'marketer' } })).status,
    ).toBe(201);
    expect((await login(openid)).role).toBe('marketer');
  });

  test('an openid that already has an identity is 409 ACCOUNT_EXISTS', async () => {
    for (const openid of ['staff-s001', 'demo-member-1']) {
      const answer = await call('POST', '/v1/admin/staff', {
        token: marketer,
        body: { openid, storeId: 'S002', role: 'staff' },
      });
      expect([answer.status, answer.body.error.code]).toEqual([409, 'ACCOUNT_EXISTS']);
    }
    expect((await login('staff-s001')).storeId).toBe('S001');
  });

  test.each([
    [{ openid: 'x1', storeId: 'S999', role: 'staff' }, 'body.storeId'],
    [{ openid: 'x2', role: 'staff' }, 'body.storeId'],
    [{ openid: 'has space', storeId: 'S001', role: 'staff' }, 'body.openid'],
    [{ openid: 'x3', storeId: 'S001', role: 'admin' }, 'body.role'],
  ])('%p is 400 naming %s', async (body, path) => {
    const answer = await call('POST', '/v1/admin/staff', { token: marketer, body });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(path);
  });

  test('Idempotency-Key: a replay answers the same and creates nothing more; another body is 422', async () => {
    const openid = newOpenid('idem');
    const key = `key-${openid}`;
    const body = { openid, storeId: 'S002', role: 'staff' };
    const first = await call('POST', '/v1/admin/staff', { token: marketer, body, headers: { 'Idempotency-Key': key } });
    const replay = await call('POST', '/v1/admin/staff', {
      token: marketer,
      body,
      headers: { 'Idempotency-Key': key },
    });
    expect(first.status).toBe(201);
    expect([replay.status, replay.body]).toEqual([201, first.body]);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const withoutKey = await call('POST', '/v1/admin/staff', { token: marketer, body });
    expect(withoutKey.status).toBe(409);
    const reused = await call('POST', '/v1/admin/staff', {
      token: marketer,
      body: { ...body, storeId: 'S001' },
      headers: { 'Idempotency-Key': key },
    });
    expect([reused.status, reused.body.error.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
  });
});

describe('GET /v1/admin/staff and /v1/admin/stores', () => {
  test('lists accounts page by page', async () => {
    const first = await call('GET', '/v1/admin/staff?limit=2', { token: marketer });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call('GET', `/v1/admin/staff?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, {
      token: marketer,
    });
    expect(second.body.items[0].openid).not.toBe(first.body.items[0].openid);
    const all = await call('GET', '/v1/admin/staff?limit=100', { token: marketer });
    expect(all.body.items.map((a: { openid: string }) => a.openid)).toEqual(
      expect.arrayContaining(['staff-s001', 'staff-s002', 'marketer']),
    );
  });

  test('bad paging parameters are 400', async () => {
    expect((await call('GET', '/v1/admin/staff?limit=0', { token: marketer })).status).toBe(400);
    expect((await call('GET', '/v1/admin/staff?limit=101', { token: marketer })).status).toBe(400);
    expect((await call('GET', '/v1/admin/staff?cursor=%%%', { token: marketer })).status).toBe(400);
  });

  test('lists the demo stores', async () => {
    const answer = await call('GET', '/v1/admin/stores', { token: marketer });
    // Other tests open stores of their own; the demo's three are always there, in id order.
    const ids = answer.body.items.map((store: { storeId: string }) => store.storeId);
    expect(ids.filter((id: string) => /^S00\d$/.test(id))).toEqual(['S001', 'S002', 'S003']);
  });
});
