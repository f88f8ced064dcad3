import { parseConfig } from '../../functions/src/config';

const base = { TABLE_NAME: 'huiyuanka-prod' };
const localSecrets = {
  SESSION_SECRET: 'local-only-session-secret-0123456789abcdef',
  MEMBER_CODE_SECRET: 'local-only-member-code-secret-0123456789ab',
};

describe('configuration', () => {
  test('a deployed stage reads its secrets and its WeChat settings from Parameter Store', () => {
    expect(parseConfig({ ...base, STAGE: 'prod' })).toMatchObject({
      stage: 'prod',
      isLocal: false,
      secrets: { from: 'parameter-store', path: '/huiyuanka/prod/app/' },
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

  test('a deployed stage refuses secrets in its environment: they would be readable in its configuration', () => {
    expect(() => parseConfig({ ...base, STAGE: 'prod', ...localSecrets })).toThrow('never from the environment');
    expect(() => parseConfig({ ...base, STAGE: 'prod', APP_PARAMETERS_PATH: 'huiyuanka/prod/app' })).toThrow(
      'APP_PARAMETERS_PATH',
    );
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
    const local = { ...base, ...localSecrets, STAGE: 'local', WECHAT_APPID: 'wx0000local000000' };
    expect(parseConfig(local).wechat).toEqual({
      from: 'environment',
      settings: {
        api: { appid: 'wx0000local000000', secret: '', baseUrl: 'https://api.weixin.qq.com' },
        pay: null,
      },
    });
    expect(() => parseConfig({ ...local, WECHATPAY_MCHID: '1900000001' })).toThrow('merchant private key');
  });

  test('the local stage takes its secrets from its environment, long enough', () => {
    expect(parseConfig({ ...base, ...localSecrets, STAGE: 'local' }).secrets).toEqual({
      from: 'environment',
      secrets: { session: localSecrets.SESSION_SECRET, memberCode: localSecrets.MEMBER_CODE_SECRET },
    });
    expect(() => parseConfig({ ...base, ...localSecrets, STAGE: 'local', SESSION_SECRET: 'short' })).toThrow('32');
    expect(() => parseConfig({ ...base, STAGE: 'local' })).toThrow('32');
  });
});
