import { authResponse, errorBody } from '@app/shared';
import { call, login } from '../support/http';

describe('POST /v1/auth/wechat', () => {
  test.each([
    ['demo-member-1', 'member', undefined, undefined],
    ['staff-s001', 'staff', 'S001', '啡常时光·人民广场店'],
    ['staff-s002', 'staff', 'S002', '啡常时光·陆家嘴店'],
    ['marketer', 'marketer', undefined, undefined],
  ])('dev:%s logs in as %s', async (openid, role, storeId, storeName) => {
    const answer = await call('POST', '/v1/auth/wechat', { body: { code: `dev:${openid}` } });
    expect(answer.status).toBe(200);
    const body = authResponse.parse(answer.body);
    expect(body.role).toBe(role);
    expect(body.storeId).toBe(storeId);
    // Staff see their store by name at the counter.
    expect(body.storeName).toBe(storeName);
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
  });

  test('a code that is not a login is 401 AUTH_INVALID', async () => {
    const answer = await call('POST', '/v1/auth/wechat', { body: { code: 'not-a-dev-code' } });
    expect([answer.status, answer.body.error.code]).toEqual([401, 'AUTH_INVALID']);
  });

  test.each([
    ['no body', undefined, undefined],
    ['an empty code', { code: '' }, undefined],
    ['an unknown field', { code: 'dev:x', role: 'marketer' }, undefined],
    ['broken JSON', undefined, '{"code":'],
  ])('%s is 400 VALIDATION_FAILED in the error shape', async (_what, body, rawBody) => {
    const answer = await call('POST', '/v1/auth/wechat', { body, rawBody });
    expect(answer.status).toBe(400);
    const { error } = errorBody.parse(answer.body);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.requestId).toBeTruthy();
    expect(answer.headers.get('x-request-id')).toBe(error.requestId);
  });

  test('a login twice is the same member', async () => {
    expect((await login('demo-member-3')).memberId).toBe((await login('demo-member-3')).memberId);
  });
});

describe('the API around the routes', () => {
  test('GET /v1/health', async () => {
    expect((await call('GET', '/v1/health')).body).toEqual({ ok: true, stage: 'local', version: expect.any(String) });
  });

  test('an unknown route is 404 in the same error shape', async () => {
    const answer = await call('GET', '/v1/nothing-here');
    expect(answer.status).toBe(404);
    expect(errorBody.parse(answer.body).error.code).toBe('ROUTE_NOT_FOUND');
  });

  test('a forged token is 401 AUTH_INVALID', async () => {
    const { token } = await login('demo-member-1');
    const forged = `${token.slice(0, -4)}AAAA`;
    const answer = await call('GET', '/v1/me', { token: forged });
    expect([answer.status, answer.body.error.code]).toEqual([401, 'AUTH_INVALID']);
  });
});
