import { generateKeyPairSync } from 'node:crypto';
import { wechatSettingsLoader, wechatSettingsProblems, type WechatSettings } from '../../functions/src/wechat-settings';

const pem = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
const merchant = pem();
const platform = pem();
const PATH = '/huiyuanka/prod/wechat/';
const source = {
  from: 'parameter-store' as const,
  path: PATH,
  apiBaseUrl: 'https://api.weixin.qq.com',
  payBaseUrl: 'https://api.mch.weixin.qq.com',
};
const parameters: Record<string, string> = {
  [`${PATH}appid`]: 'wx8888888888888888',
  [`${PATH}app-secret`]: 'a-real-app-secret',
  [`${PATH}pay/mchid`]: '1230000109',
  [`${PATH}pay/merchant-serial`]: '5157F09EFDC096DE15EBE81A47057A7232F1B8E1',
  [`${PATH}pay/merchant-private-key`]: merchant.privateKey,
  [`${PATH}pay/apiv3-key`]: 'AbCdEfGhIjKlMnOpQrStUvWxYz012345',
  [`${PATH}pay/platform-public-key`]: platform.publicKey,
  [`${PATH}pay/platform-public-key-id`]: 'PUB_KEY_ID_0112300001092024111400000000',
  [`${PATH}pay/notify-url`]: 'https://api.example.cn/v1/pay/wechat/notify',
};

describe('WeChat settings of a deployed stage (Parameter Store)', () => {
  test('read once per container at first use, and mapped by name', async () => {
    const reads: string[] = [];
    const load = wechatSettingsLoader(source, async (path) => {
      reads.push(path);
      return parameters;
    });
    expect(reads).toEqual([]);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(reads).toEqual([PATH]);
    expect(first.api).toEqual({
      appid: 'wx8888888888888888',
      secret: 'a-real-app-secret',
      baseUrl: 'https://api.weixin.qq.com',
    });
    expect(first.pay).toMatchObject({
      mchid: '1230000109',
      appid: 'wx8888888888888888',
      platformPublicKeyId: 'PUB_KEY_ID_0112300001092024111400000000',
      notifyUrl: 'https://api.example.cn/v1/pay/wechat/notify',
      baseUrl: 'https://api.mch.weixin.qq.com',
    });
  });

  test('a failed read is not kept: the next use reads again', async () => {
    let calls = 0;
    const load = wechatSettingsLoader(source, async () => {
      if (++calls === 1) throw new Error('ThrottlingException');
      return parameters;
    });
    await expect(load()).rejects.toThrow('ThrottlingException');
    await expect(load()).resolves.toMatchObject({ api: { appid: 'wx8888888888888888' } });
  });

  test.each([
    ['a missing parameter', { [`${PATH}pay/apiv3-key`]: undefined }, 'apiV3Key is missing'],
    ['a local-only APIv3 key', { [`${PATH}pay/apiv3-key`]: 'local-only-apiv3-key-0123456789a' }, 'local-only'],
    ['a local-only app secret', { [`${PATH}app-secret`]: 'local-only-wechat-app-secret' }, 'local-only'],
    [
      'a notify URL on this machine',
      { [`${PATH}pay/notify-url`]: 'http://127.0.0.1:3000/v1/pay/wechat/notify' },
      'notify URL',
    ],
    ['a key that is not PEM', { [`${PATH}pay/merchant-private-key`]: 'MIIEvQ…' }, 'merchant private key'],
    ['an APIv3 key of the wrong size', { [`${PATH}pay/apiv3-key`]: 'short' }, '32 bytes'],
  ])('refused: %s', async (_name, change, message) => {
    const load = wechatSettingsLoader(source, async () => JSON.parse(JSON.stringify({ ...parameters, ...change })));
    await expect(load()).rejects.toThrow(message);
  });

  test('the local stage may run without WeChat Pay; a deployed one may not', () => {
    const settings: WechatSettings = {
      api: { appid: 'wx', secret: 'local-only-wechat-app-secret', baseUrl: 'http://127.0.0.1:9' },
      pay: null,
    };
    expect(wechatSettingsProblems(settings, false)).toEqual([]);
    expect(wechatSettingsProblems(settings, true)).toEqual([
      'the WeChat app secret is a local-only value',
      'the WeChat API base URL must be public https: http://127.0.0.1:9',
      'the WeChat Pay merchant settings are required',
    ]);
  });
});
