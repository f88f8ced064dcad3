import { devIdentityProvider, wechatIdentityProvider } from '../../functions/src/adapters/wechat/identity-provider';
import { DomainError } from '@app/shared';

const answer =
  (body: unknown, status = 200) =>
  async () => ({ ok: status < 400, status, json: async () => body });

describe('identity providers', () => {
  test('dev logins accept dev:<openid> only', async () => {
    expect(await devIdentityProvider.resolveOpenid('dev:staff-s001')).toBe('staff-s001');
    expect(await devIdentityProvider.resolveOpenid('dev:')).toBeNull();
    expect(await devIdentityProvider.resolveOpenid('dev:a b')).toBeNull();
    expect(await devIdentityProvider.resolveOpenid('071abcWechatCode')).toBeNull();
  });

  test('code2Session is called with the app credentials and returns only the openid', async () => {
    const urls: string[] = [];
    const provider = wechatIdentityProvider({ appid: 'wx123', secret: 's3cret' }, async (url) => {
      urls.push(url);
      return { ok: true, status: 200, json: async () => ({ openid: 'o-abc', session_key: 'SESSION-KEY' }) };
    });
    expect(await provider.resolveOpenid('dev:marketer')).toBe('o-abc');
    const query = new URL(urls[0]!).searchParams;
    expect(query.get('appid')).toBe('wx123');
    expect(query.get('js_code')).toBe('dev:marketer');
    expect(query.get('grant_type')).toBe('authorization_code');
  });

  test('invalid or used codes are refused; rate limits and outages are not hidden', async () => {
    expect(
      await wechatIdentityProvider(
        { appid: 'a', secret: 'b' },
        answer({ errcode: 40029, errmsg: 'invalid code' }),
      ).resolveOpenid('x'),
    ).toBeNull();
    expect(
      await wechatIdentityProvider({ appid: 'a', secret: 'b' }, answer({ errcode: 40163 })).resolveOpenid('x'),
    ).toBeNull();
    await expect(
      wechatIdentityProvider({ appid: 'a', secret: 'b' }, answer({ errcode: 45011 })).resolveOpenid('x'),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(
      wechatIdentityProvider({ appid: 'a', secret: 'b' }, answer({ errcode: -1 })).resolveOpenid('x'),
    ).rejects.toThrow('errcode -1');
    await expect(
      wechatIdentityProvider({ appid: 'a', secret: 'b' }, answer({}, 502)).resolveOpenid('x'),
    ).rejects.toThrow('HTTP 502');
  });
});
