/** Where the test run's own stack listens. Tests refuse anything but a loopback endpoint. */
function localUrl(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the tests through \`npm test\` (scripts/test.ts starts the stack)`);
  const host = new URL(value).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost')
    throw new Error(`${name}=${value} is not local: tests only run against this machine`);
  return value;
}

export const testEnv = {
  apiUrl: () => localUrl('TEST_API_URL'),
  dynamoEndpoint: () => localUrl('TEST_DYNAMO_ENDPOINT'),
  uiUrl: () => localUrl('TEST_UI_URL'),
  /** The stack's WeChat Pay stand-in (controls: infra/local/wechat-pay-stand-in/control-client.ts). */
  wechatPayUrl: () => localUrl('TEST_WECHATPAY_URL'),
  /** The stack's WeChat API stand-in (controls: infra/local/wechat-api-stand-in/control-client.ts). */
  wechatApiUrl: () => localUrl('TEST_WECHAT_API_URL'),
  tableName: () => process.env.TEST_TABLE_NAME ?? 'huiyuanka-test',
  artifacts: () => process.env.TEST_ARTIFACTS ?? '.artifacts',
};
