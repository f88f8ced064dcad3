import { parseConfig } from '../../functions/src/config';

const base = {
  TABLE_NAME: 'huiyuanka-prod',
  SESSION_SECRET: 'a-real-secret-from-the-deploy-environment-0001',
  MEMBER_CODE_SECRET: 'another-real-secret-from-the-deploy-env-0002',
  WECHAT_APPID: 'wx123',
  WECHAT_SECRET: 'secret',
};

describe('configuration', () => {
  test('a deployed stage with its own secrets is accepted', () => {
    expect(parseConfig({ ...base, STAGE: 'prod' })).toMatchObject({ stage: 'prod', isLocal: false });
  });

  test('a deployed stage refuses the local-only secrets and missing WeChat credentials', () => {
    expect(() =>
      parseConfig({ ...base, STAGE: 'prod', SESSION_SECRET: 'local-only-session-secret-0123456789abcdef' }),
    ).toThrow('SESSION_SECRET');
    expect(() => parseConfig({ ...base, STAGE: 'prod', WECHAT_SECRET: '' })).toThrow('WECHAT');
  });

  test('secrets must be long enough everywhere', () => {
    expect(() => parseConfig({ ...base, STAGE: 'local', SESSION_SECRET: 'short' })).toThrow('32');
  });
});
