import { createSign, createVerify, generateKeyPairSync, randomBytes } from 'node:crypto';
import { failureOf } from '../../functions/src/adapters/wechat-pay/failures';
import { rfc3339InChina, requestPaymentArgs, verifyNotification } from '../../functions/src/adapters/wechat-pay';
import {
  checkMerchantRequest,
  checkPaySign,
  encryptResource,
  platformSignatureHeaders,
} from '../../infra/local/wechat-pay-stand-in/platform-crypto';

/**
 * The pure parts of WeChat Pay: the adapter's signatures and notification checks against the stand-in's
 * platform side, which is written independently with node:crypto from the specification.
 */
const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const merchant = pair();
const platform = pair();
const forger = pair();
const KEY_ID = 'PUB_KEY_ID_0114232134912410000000000000';
const API_V3_KEY = 'a'.repeat(16) + 'B'.repeat(16);
const keys = { apiV3Key: API_V3_KEY, platformKeys: { [KEY_ID]: platform.publicKey } };
const NOW = Date.parse('2026-12-05T14:30:00+08:00');

const transaction = {
  appid: 'wx0000local000000',
  mchid: '1900000001',
  out_trade_no: 'TU01JF3Q4Z8K2M',
  transaction_id: '4200000000202612050000000001',
  trade_type: 'JSAPI',
  trade_state: 'SUCCESS',
  trade_state_desc: '支付成功',
  success_time: '2026-12-05T14:29:58+08:00',
  payer: { openid: 'o-member-1' },
  amount: { total: 30000, payer_total: 30000, currency: 'CNY', payer_currency: 'CNY' },
};

function notification(
  options: {
    resource?: Record<string, unknown>;
    type?: 'transaction' | 'refund';
    event?: string;
    signWith?: typeof platform.privateKey;
    atMs?: number;
    keyId?: string;
    apiV3Key?: string;
  } = {},
) {
  const body = JSON.stringify({
    id: 'EV-2018022511223320873',
    create_time: '2026-12-05T14:30:00+08:00',
    resource_type: 'encrypt-resource',
    event_type: options.event ?? 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: encryptResource(
      JSON.stringify(options.resource ?? transaction),
      options.apiV3Key ?? API_V3_KEY,
      options.type ?? 'transaction',
    ),
  });
  const headers = platformSignatureHeaders(
    body,
    { privateKey: options.signWith ?? platform.privateKey, keyId: options.keyId ?? KEY_ID },
    options.atMs ?? NOW,
  );
  return { headers, body };
}

describe('wx.requestPayment arguments', () => {
  test('paySign is the merchant signature over appId, timeStamp, nonceStr and package, each line-terminated', () => {
    const args = requestPaymentArgs('wx0000local000000', 'wx20261205143000123', merchant.privateKey, NOW);
    expect(args).toMatchObject({
      timeStamp: String(NOW / 1000),
      package: 'prepay_id=wx20261205143000123',
      signType: 'RSA',
    });
    expect(args.nonceStr).toMatch(/^[0-9A-Za-z]{32}$/);
    const message = `wx0000local000000\n${args.timeStamp}\n${args.nonceStr}\n${args.package}\n`;
    expect(createVerify('RSA-SHA256').update(message).verify(merchant.publicKey, args.paySign, 'base64')).toBe(true);
    expect(checkPaySign(args, 'wx0000local000000', merchant.publicKey)).toBe(true);
    expect(checkPaySign(args, 'wx-another-app', merchant.publicKey)).toBe(false);
    expect(checkPaySign({ ...args, package: 'prepay_id=wx-other' }, 'wx0000local000000', merchant.publicKey)).toBe(
      false,
    );
  });
});

describe('request signatures (what the stand-in checks, as WeChat Pay does)', () => {
  const mchid = '1900000001';
  const serial = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
  // Built by hand from the specification: the adapter's own signer (the plugin) meets the stand-in in integration.
  const sign = (method: string, uri: string, body: string, key = merchant.privateKey, ts = NOW / 1000) => {
    const nonce = randomBytes(16).toString('hex');
    const signature = createSign('RSA-SHA256')
      .update(`${method}\n${uri}\n${ts}\n${nonce}\n${body}\n`)
      .sign(key, 'base64');
    return `WECHATPAY2-SHA256-RSA2048 mchid="${mchid}",serial_no="${serial}",timestamp="${ts}",nonce_str="${nonce}",signature="${signature}"`;
  };
  const check = (authorization: string, body = '{"a":1}', nowMs = NOW) =>
    checkMerchantRequest(
      { method: 'POST', pathWithQuery: '/v3/pay/transactions/jsapi', body, authorization },
      { mchid, serial, publicKey: merchant.publicKey },
      nowMs,
    );

  test('a request signed over METHOD, path and query, timestamp, nonce and body verifies', () => {
    expect(check(sign('POST', '/v3/pay/transactions/jsapi', '{"a":1}'))).toEqual({ ok: true, mchid });
    const reordered = sign('POST', '/v3/pay/transactions/jsapi', '{"a":1}').replace(
      /mchid="(\d+)",serial_no="(\w+)"/,
      'serial_no="$2",mchid="$1"',
    );
    expect(check(reordered).ok).toBe(true);
  });

  test('a changed body, another key, another path, a stale timestamp or another serial are refused', () => {
    expect(check(sign('POST', '/v3/pay/transactions/jsapi', '{"a":1}'), '{"a":2}').ok).toBe(false);
    expect(check(sign('POST', '/v3/pay/transactions/jsapi', '{"a":1}', forger.privateKey)).ok).toBe(false);
    expect(check(sign('POST', '/v3/refund/domestic/refunds', '{"a":1}')).ok).toBe(false);
    expect(check(sign('POST', '/v3/pay/transactions/jsapi', '{"a":1}', merchant.privateKey, NOW / 1000 - 301)).ok).toBe(
      false,
    );
    expect(check(sign('POST', '/v3/pay/transactions/jsapi', '{"a":1}').replace(serial, 'ABCDEF')).ok).toBe(false);
    expect(check('Bearer x').ok).toBe(false);
  });
});

describe('payment and refund notifications', () => {
  test('a genuine payment notification is verified and decrypted into a transaction', () => {
    const outcome = verifyNotification(keys, notification(), NOW);
    expect(outcome).toEqual({
      ok: true,
      notification: {
        kind: 'transaction',
        id: 'EV-2018022511223320873',
        eventType: 'TRANSACTION.SUCCESS',
        createTime: '2026-12-05T14:30:00+08:00',
        transaction: {
          outTradeNo: 'TU01JF3Q4Z8K2M',
          transactionId: '4200000000202612050000000001',
          state: 'SUCCESS',
          stateDescription: '支付成功',
          totalFen: 30000,
          payerTotalFen: 30000,
          payerOpenid: 'o-member-1',
          successTime: '2026-12-05T14:29:58+08:00',
          attach: null,
        },
      },
    });
  });

  test('a refund notification is decrypted into a refund', () => {
    const refund = {
      mchid: '1900000001',
      out_trade_no: 'TU01JF3Q4Z8K2M',
      transaction_id: '4200000000202612050000000001',
      out_refund_no: 'RF01JF3Q4Z8K2M',
      refund_id: '50000000382019052709732678859',
      refund_status: 'SUCCESS',
      success_time: '2026-12-05T15:00:00+08:00',
      user_received_account: '支付用户零钱',
      amount: { total: 30000, refund: 26000, payer_total: 30000, payer_refund: 26000 },
    };
    const outcome = verifyNotification(
      keys,
      notification({ resource: refund, type: 'refund', event: 'REFUND.SUCCESS' }),
      NOW,
    );
    expect(outcome.ok && outcome.notification).toMatchObject({
      kind: 'refund',
      eventType: 'REFUND.SUCCESS',
      refund: {
        outRefundNo: 'RF01JF3Q4Z8K2M',
        status: 'SUCCESS',
        refundFen: 26000,
        totalFen: 30000,
        receivedInto: '支付用户零钱',
      },
    });
  });

  test('header names in any case (API Gateway lowercases them) are accepted', () => {
    const { headers, body } = notification();
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    expect(verifyNotification(keys, { headers: lower, body }, NOW).ok).toBe(true);
  });

  test.each([
    ['forged with another key', () => notification({ signWith: forger.privateKey }), 'BAD_SIGNATURE'],
    [
      'body changed after signing',
      () => {
        const n = notification();
        return { ...n, body: n.body.replace('TRANSACTION.SUCCESS', 'TRANSACTION.SUCCESS ') };
      },
      'BAD_SIGNATURE',
    ],
    [
      "WeChat Pay's signature probe",
      () => {
        const n = notification();
        return {
          ...n,
          headers: { ...n.headers, 'Wechatpay-Signature': `WECHATPAY/SIGNTEST/${n.headers['Wechatpay-Signature']}` },
        };
      },
      'BAD_SIGNATURE',
    ],
    [
      'signature headers missing',
      () => {
        const { 'Wechatpay-Signature': _, ...headers } = notification().headers;
        return { headers, body: notification().body };
      },
      'BAD_SIGNATURE',
    ],
    ['stale: signed 301 s ago', () => notification({ atMs: NOW - 301_000 }), 'STALE'],
    ['from the future: 301 s ahead', () => notification({ atMs: NOW + 301_000 }), 'STALE'],
    ['an unknown platform key id', () => notification({ keyId: 'PUB_KEY_ID_UNKNOWN' }), 'UNKNOWN_SERIAL'],
    ['encrypted with another APIv3 key', () => notification({ apiV3Key: 'c'.repeat(32) }), 'UNDECRYPTABLE'],
    ['a resource that is no transaction', () => notification({ resource: { hello: 'world' } }), 'MALFORMED'],
  ])('refused: %s', (_name, make, reason) => {
    const outcome = verifyNotification(keys, make(), NOW);
    expect(outcome).toMatchObject({ ok: false, reason, answer: { statusCode: 401, body: { code: 'FAIL' } } });
    expect(!outcome.ok && outcome.answer.body.message).toBeTruthy();
  });

  test('just inside the 300 s window is accepted', () => {
    expect(verifyNotification(keys, notification({ atMs: NOW - 299_000 }), NOW).ok).toBe(true);
  });

  test('a signed body that is not a notification is malformed', () => {
    const body = 'not json';
    const headers = platformSignatureHeaders(body, { privateKey: platform.privateKey, keyId: KEY_ID }, NOW);
    expect(verifyNotification(keys, { headers, body }, NOW)).toMatchObject({ ok: false, reason: 'MALFORMED' });
  });
});

describe('formats and error codes', () => {
  test('time_expire is RFC 3339 in China Standard Time', () => {
    expect(rfc3339InChina(Date.parse('2026-12-05T06:30:00.700Z'))).toBe('2026-12-05T14:30:00+08:00');
  });

  test.each([
    [{ status: 404, data: { code: 'ORDER_NOT_EXIST', message: '订单不存在' } }, 'ORDER_NOT_EXIST'],
    [{ status: 404, data: { code: 'ORDERNOTEXIST' } }, 'ORDER_NOT_EXIST'],
    [{ status: 400, data: { code: 'ORDER_CLOSED' } }, 'ORDER_CLOSED'],
    [{ status: 403, data: { code: 'ORDERPAID' } }, 'ORDER_PAID'],
    [{ status: 403, data: { code: 'OUT_TRADE_NO_USED' } }, 'OUT_TRADE_NO_USED'],
    [{ status: 403, data: { code: 'NOT_ENOUGH' } }, 'NOT_ENOUGH'],
    [{ status: 500, data: { code: 'SYSTEM_ERROR' } }, 'TRANSIENT'],
    [{ status: 429, data: { code: 'FREQUENCY_LIMITED' } }, 'TRANSIENT'],
    [{ status: 502, data: '<html>bad gateway</html>' }, 'TRANSIENT'],
    [{ status: 401, data: { code: 'SIGN_ERROR' } }, 'REJECTED'],
    [{ status: 400, data: { code: 'PARAM_ERROR' } }, 'REJECTED'],
  ])('%j → %s', (response, kind) => {
    expect(failureOf({ response }, 1).kind).toBe(kind);
  });

  test('404 RESOURCE_NOT_EXISTS means what the call looked for; no answer is transient; a bad signature unverified', () => {
    const notFound = { response: { status: 404, data: { code: 'RESOURCE_NOT_EXISTS' } } };
    expect(failureOf(notFound, 1, 'REFUND_NOT_EXIST').kind).toBe('REFUND_NOT_EXIST');
    expect(failureOf(notFound, 1).kind).toBe('ORDER_NOT_EXIST');
    expect(failureOf({ code: 'ECONNRESET', message: 'socket hang up' }, 3)).toMatchObject({
      kind: 'TRANSIENT',
      code: 'ECONNRESET',
      attempts: 3,
    });
    expect(failureOf({ code: 'EV3_RES_HEADER_SIGNATURE_DIGEST', response: { status: 200 } }, 1).kind).toBe(
      'UNVERIFIED',
    );
  });
});
