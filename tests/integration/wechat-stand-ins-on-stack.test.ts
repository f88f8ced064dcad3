import { generateKeyPairSync } from 'node:crypto';
import { wechatPayClient } from '../../functions/src/adapters/wechat-pay';
import { testEnv } from '../support/env';
import { FAST_RETRY } from '../support/wechat';

/** The stand-ins the run's local stack started (npm test hands their URLs to the tests). */
describe('the local stack starts both WeChat stand-ins', () => {
  test('its WeChat Pay refuses a request that is not signed by the local merchant (401 SIGN_ERROR)', async () => {
    const pem = (kind: 'private' | 'public') => {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
      return (
        kind === 'private'
          ? pair.privateKey.export({ type: 'pkcs8', format: 'pem' })
          : pair.publicKey.export({ type: 'spki', format: 'pem' })
      ) as string;
    };
    const stranger = wechatPayClient(
      {
        mchid: '1900000001',
        appid: 'wx0000local000000',
        merchantSerial: '0000000000000000000000000000000000000000',
        merchantPrivateKey: pem('private'),
        apiV3Key: 'x'.repeat(32),
        platformPublicKey: pem('public'),
        platformPublicKeyId: 'PUB_KEY_ID_UNKNOWN',
        notifyUrl: 'http://127.0.0.1:9/v1/pay/wechat/notify',
        baseUrl: testEnv.wechatPayUrl(),
      },
      { retry: FAST_RETRY },
    );
    const result = await stranger.queryOrder('TU-STRANGER-01');
    expect(!result.ok && result.failure).toMatchObject({ kind: 'REJECTED', code: 'SIGN_ERROR', httpStatus: 401 });
  });

  test('its payment sheet refuses arguments WeChat would not accept; its message page answers', async () => {
    const sheet = await fetch(`${testEnv.wechatPayUrl()}/pay?package=prepay_id%3Dwx1&signType=RSA&paySign=eA%3D%3D`);
    expect([sheet.status, await sheet.text()]).toEqual([400, expect.stringContaining('支付验证签名失败')]);
    const messages = await fetch(`${testEnv.wechatApiUrl()}/messages`);
    expect([messages.status, await messages.text()]).toEqual([200, expect.stringContaining('发到会员手机的订阅消息')]);
  });
});
