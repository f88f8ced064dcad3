import { wechatPorts } from '../../functions/src/adapters/wechat/wechat-ports';

/** The composition's WeChat ports: nothing is read or made until a port is used. */
describe('WeChat ports of a stage', () => {
  test('a deployed stage reads Parameter Store at first use only, and refuses settings that are not complete', async () => {
    const reads: string[] = [];
    const ports = wechatPorts(
      {
        from: 'parameter-store',
        path: '/huiyuanka/prod/wechat/',
        apiBaseUrl: 'https://api.weixin.qq.com',
        payBaseUrl: 'https://api.mch.weixin.qq.com',
      },
      async (path) => {
        reads.push(path);
        return { '/huiyuanka/prod/wechat/appid': 'wx8888888888888888' };
      },
    );
    expect(reads).toEqual([]);
    await expect(ports.wechatPay.queryOrder('TU0000001')).rejects.toThrow(
      'refused: the WeChat appid and app secret are required',
    );
    await expect(ports.identityProvider.resolveOpenid('071code')).rejects.toThrow('WeChat Pay mchid is missing');
    expect(reads).toEqual(['/huiyuanka/prod/wechat/', '/huiyuanka/prod/wechat/']);
  });

  test('a local set-up without the WeChat Pay stand-in says so when WeChat Pay is used', async () => {
    const ports = wechatPorts(
      { from: 'environment', settings: { api: { appid: '', secret: '', baseUrl: 'http://127.0.0.1:9' }, pay: null } },
      async () => {
        throw new Error('the local stage never reads Parameter Store');
      },
    );
    await expect(ports.wechatPay.createJsapiOrder({} as never)).rejects.toThrow('WeChat Pay is not configured');
  });
});
