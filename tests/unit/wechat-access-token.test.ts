import { AccessTokenUnavailable, stableAccessTokens } from '../../functions/src/adapters/wechat/access-token';
import type { RetryPolicy } from '../../functions/src/adapters/wechat/transient-retry';
import type { WechatFetch } from '../../functions/src/adapters/wechat/wechat-http';

/** The token cache with a scripted WeChat and a hand-moved clock (the stand-in covers the real protocol). */
const FAST: RetryPolicy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 2, timeoutMs: 1_000 };
const settings = { appid: 'wx8888888888888888', secret: 's3cret', baseUrl: 'https://api.weixin.qq.com' };

function scriptedWechat(answers: Array<Record<string, unknown> | Error | number>) {
  const requests: Array<{ url: string; body: unknown }> = [];
  const fetch: WechatFetch = async (url, init) => {
    requests.push({ url, body: init.body === undefined ? undefined : JSON.parse(init.body) });
    const next = answers.shift() ?? { errcode: -1, errmsg: 'script ran out' };
    if (next instanceof Error) throw next;
    if (typeof next === 'number') return { status: next, json: async () => ({}) };
    return { status: 200, json: async () => next };
  };
  return { fetch, requests };
}

describe('the stable access token', () => {
  test('asks stable_token in normal mode and keeps the token until 300 s before it expires', async () => {
    let now = 1_000_000;
    const wechat = scriptedWechat([
      { access_token: 'T1', expires_in: 7200 },
      { access_token: 'T2', expires_in: 7200 },
    ]);
    const tokens = stableAccessTokens(settings, { fetch: wechat.fetch, now: () => now, retry: FAST });
    expect(await tokens.current()).toBe('T1');
    now += 6_899_000;
    expect(await tokens.current()).toBe('T1');
    now += 2_000;
    expect(await tokens.current()).toBe('T2');
    expect(wechat.requests).toHaveLength(2);
    expect(wechat.requests[0]).toEqual({
      url: 'https://api.weixin.qq.com/cgi-bin/stable_token',
      body: { grant_type: 'client_credential', appid: 'wx8888888888888888', secret: 's3cret' },
    });
  });

  test('callers arriving together share one fetch; renewing a token already replaced gives the replacement', async () => {
    const wechat = scriptedWechat([
      { access_token: 'T1', expires_in: 7200 },
      { access_token: 'T2', expires_in: 7200 },
    ]);
    const tokens = stableAccessTokens(settings, { fetch: wechat.fetch, retry: FAST });
    expect(await Promise.all([tokens.current(), tokens.current(), tokens.current()])).toEqual(['T1', 'T1', 'T1']);
    expect(await Promise.all([tokens.renew('T1'), tokens.renew('T1')])).toEqual(['T2', 'T2']);
    expect(await tokens.renew('T1')).toBe('T2');
    expect(wechat.requests).toHaveLength(2);
  });

  test('busy answers and lost connections are tried again; wrong credentials are not', async () => {
    const refused = Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const busy = scriptedWechat([
      { errcode: -1, errmsg: 'system error' },
      refused,
      503,
      { access_token: 'T1', expires_in: 7200 },
    ]);
    const patient = stableAccessTokens(settings, { fetch: busy.fetch, retry: { ...FAST, attempts: 4 } });
    expect(await patient.current()).toBe('T1');
    expect(busy.requests).toHaveLength(4);

    const wrong = scriptedWechat([{ errcode: 40125, errmsg: 'invalid appsecret' }]);
    const failing = stableAccessTokens(settings, { fetch: wrong.fetch, retry: FAST });
    const error = await failing.current().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessTokenUnavailable);
    expect(error).toMatchObject({ errcode: 40125, transient: false });
    expect(wrong.requests).toHaveLength(1);
  });

  test('past the attempts a busy WeChat leaves the token unavailable, marked transient', async () => {
    const busy = scriptedWechat([{ errcode: -1 }, { errcode: -1 }, { errcode: -1 }]);
    const tokens = stableAccessTokens(settings, { fetch: busy.fetch, retry: FAST });
    await expect(tokens.current()).rejects.toMatchObject({ errcode: -1, transient: true });
    expect(busy.requests).toHaveLength(3);
  });
});
