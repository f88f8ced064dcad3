import { parseConfig } from '../../functions/src/config';

const base = {
  TABLE_NAME: 'huiyuanka-prod',
  SESSION_SECRET: 'a-real-secret-from-the-deploy-environment-0001',
  MEMBER_CODE_SECRET: 'another-real-secret-from-the-deploy-env-0002',
};

describe('configuration', () => {
  test('a deployed stage with its own secrets is accepted; its WeChat settings are read from Parameter Store', () => {
    expect(parseConfig({ ...base, STAGE: 'prod' })).toMatchObject({
      stage: 'prod',
      isLocal: false,
      wechat: {
        from: 'parameter-store',
        path: '/huiyuanka/prod/wechat/',
        apiBaseUrl: 'https://api.weixin.qq.com',
        payBaseUrl: 'https://api.mch.weixin.qq.com',
      },
    });
    // WeChat values in a deployed stage's environment are not read at all.
    const withEnvSecret = parseConfig({ ...base, STAGE: 'prod', WECHAT_SECRET: 'leaked', WECHATPAY_MCHID: '1900' });
    expect(JSON.stringify(withEnvSecret)).not.toContain('leaked');
  });

  test('a deployed stage refuses the local-only secrets', () => {
    expect(() =>
      parseConfig({ ...base, STAGE: 'prod', SESSION_SECRET: 'local-only-session-secret-0123456789abcdef' }),
    ).toThrow('SESSION_SECRET');
  });

  test('a deployed stage refuses to talk to this machine: a stand-in URL never reaches production', () => {
    for (const [key, url] of [
      ['WECHATPAY_BASE_URL', 'http://127.0.0.1:8160'],
      ['WECHAT_API_BASE_URL', 'https://localhost:9000'],
      ['WECHATPAY_BASE_URL', 'http://api.mch.weixin.qq.com'],
    ]) {
      expect(() => parseConfig({ ...base, STAGE: 'prod', [key!]: url })).toThrow(key);
    }
    expect(() => parseConfig({ ...base, STAGE: 'prod', WECHAT_PARAMETERS_PATH: 'huiyuanka/prod' })).toThrow(
      'WECHAT_PARAMETERS_PATH',
    );
  });

  test('the local stage takes WeChat Pay from its environment, complete or not at all', () => {
    const local = { ...base, STAGE: 'local', WECHAT_APPID: 'wx0000local000000' };
    expect(parseConfig(local).wechat).toEqual({
      from: 'environment',
      settings: {
        api: { appid: 'wx0000local000000', secret: '', baseUrl: 'https://api.weixin.qq.com' },
        pay: null,
      },
    });
    expect(() => parseConfig({ ...local, WECHATPAY_MCHID: '1900000001' })).toThrow('merchant private key');
  });

  test('secrets must be long enough everywhere', () => {
    expect(() => parseConfig({ ...base, STAGE: 'local', SESSION_SECRET: 'short' })).toThrow('32');
  });
});
