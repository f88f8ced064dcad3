import { wechatIdentityProvider } from '../../functions/src/adapters/wechat/identity-provider';
import { createAppDeps } from '../../functions/src/composition';
import { createHandler as authHandler } from '../../functions/src/features/accounts/auth-wechat/handler';
import { createHandler as codeHandler } from '../../functions/src/features/members/member-code/handler';
import { createTestTable, type TestTable } from '../support/dynamo';

/** The handlers of a deployed stage, run in-process on DynamoDB Local with WeChat answered by a stand-in. */
let table: TestTable;
beforeAll(async () => (table = await createTestTable()));
afterAll(() => table.drop());

const wechatCodes: string[] = [];
const prodDeps = () => {
  const config = { ...table.config, stage: 'prod', isLocal: false };
  const identityProvider = wechatIdentityProvider({ appid: 'wx-test', secret: 'secret' }, async (url) => {
    const code = new URL(url).searchParams.get('js_code')!;
    wechatCodes.push(code);
    return {
      ok: true,
      status: 200,
      json: async () =>
        code === 'wx-real-code'
          ? { openid: 'o-real-user', session_key: 'k' }
          : { errcode: 40029, errmsg: 'invalid code' },
    };
  });
  return createAppDeps(config, table.db, { identityProvider });
};
const post = (body: unknown, headers: Record<string, string> = {}) => ({
  rawPath: '/v1/auth/wechat',
  routeKey: 'POST /v1/auth/wechat',
  headers,
  body: JSON.stringify(body),
});

describe('outside the local stage', () => {
  test('the composition root uses code2Session, not dev logins', () => {
    const deps = createAppDeps({ ...table.config, stage: 'prod', isLocal: false }, table.db);
    expect(deps.identityProvider).not.toBe(createAppDeps(table.config, table.db).identityProvider);
  });

  test('a dev: code is refused (it goes to WeChat, which rejects it), a real code logs in', async () => {
    const deps = prodDeps();
    const refused = await authHandler(() => deps)(post({ code: 'dev:marketer' }));
    expect(refused.statusCode).toBe(401);
    expect(JSON.parse(refused.body).error.code).toBe('AUTH_INVALID');
    expect(wechatCodes).toContain('dev:marketer');
    const accepted = await authHandler(() => deps)(post({ code: 'wx-real-code' }));
    expect(accepted.statusCode).toBe(200);
    expect(JSON.parse(accepted.body)).toMatchObject({ role: 'member' });
    expect(JSON.stringify(JSON.parse(accepted.body))).not.toContain('session_key');
  });

  test('X-Clock is ignored', async () => {
    const deps = prodDeps();
    const { token } = JSON.parse((await authHandler(() => deps)(post({ code: 'wx-real-code' }))).body);
    const answer = await codeHandler(() => deps)({
      rawPath: '/v1/me/code',
      routeKey: 'GET /v1/me/code',
      headers: { authorization: `Bearer ${token}`, 'x-clock': '2030-01-01T00:00:00+08:00' },
    });
    expect(answer.statusCode).toBe(200);
    const expiresAt = Date.parse(JSON.parse(answer.body).expiresAt);
    expect(Math.abs(expiresAt - (Date.now() + 60_000))).toBeLessThan(5_000);
  });
});

describe('in the local stage', () => {
  test('X-Clock sets the time of the code', async () => {
    const deps = createAppDeps(table.config, table.db);
    const { token } = JSON.parse((await authHandler(() => deps)(post({ code: 'dev:demo-member-1' }))).body);
    const answer = await codeHandler(() => deps)({
      rawPath: '/v1/me/code',
      routeKey: 'GET /v1/me/code',
      headers: { authorization: `Bearer ${token}`, 'x-clock': '2030-01-01T00:00:00+08:00' },
    });
    expect(JSON.parse(answer.body).expiresAt).toBe('2030-01-01T00:01:00+08:00');
  });
});
