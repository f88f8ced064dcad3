import { createPrivateKey, createPublicKey } from 'node:crypto';
import { Decorator } from './plugin';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryTransient } from '../wechat/transient-retry';
import { failureOf } from './failures';
import type { WechatPay, WechatPayFailure, WechatPaySettings } from './port';
import { rfc3339InChina, toRefund, toTransaction } from './resources';
import { requestPaymentArgs, verifyNotification } from './signatures';

/** Characters WeChat Pay allows in out_trade_no / out_refund_no; anything else would also break the URL path. */
const MERCHANT_NO = /^[0-9A-Za-z_\-|*]{6,64}$/;

type Answer = { ok: true; status: number; data: unknown } | { ok: false; failure: WechatPayFailure };
type HttpClient = ReturnType<typeof Decorator.jsonBased>;

/**
 * WeChat Pay over `wechatpay-axios-plugin`: it signs each request with the merchant key (Authorization:
 * WECHATPAY2-SHA256-RSA2048 …) and verifies each 2xx answer with the platform public key. Calls that fail
 * transiently are repeated (all of them are idempotent by out_trade_no / out_refund_no).
 */
export function wechatPayClient(settings: WechatPaySettings, options: { retry?: RetryPolicy } = {}): WechatPay {
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const merchantKey = createPrivateKey(settings.merchantPrivateKey);
  const platformKeys = { [settings.platformPublicKeyId]: createPublicKey(settings.platformPublicKey) };
  let http: HttpClient | undefined;
  const client = () =>
    (http ??= Decorator.jsonBased({
      mchid: settings.mchid,
      serial: settings.merchantSerial,
      privateKey: merchantKey,
      certs: platformKeys,
      baseURL: settings.baseUrl,
      timeout: policy.timeoutMs,
    } as Parameters<typeof Decorator.jsonBased>[0]));

  const call = async (
    request: { method: 'GET' | 'POST'; url: string; data?: unknown; params?: Record<string, string> },
    notFound?: 'ORDER_NOT_EXIST' | 'REFUND_NOT_EXIST',
  ): Promise<Answer> => {
    let attemptNo = 0;
    const { outcome } = await retryTransient<Answer>(
      async () => {
        attemptNo++;
        try {
          const response = await client().request(request);
          return { ok: true, status: response.status, data: response.data };
        } catch (error) {
          return { ok: false, failure: failureOf(error, attemptNo, notFound) };
        }
      },
      (answer) => !answer.ok && answer.failure.kind === 'TRANSIENT',
      policy,
    );
    return outcome;
  };
  const merchantNo = (value: string) => {
    if (!MERCHANT_NO.test(value)) throw new Error(`not a valid merchant order/refund number: ${value}`);
    return value;
  };
  const orderPath = (outTradeNo: string) => `v3/pay/transactions/out-trade-no/${merchantNo(outTradeNo)}`;
  const paymentArgs = (prepayId: string) => requestPaymentArgs(settings.appid, prepayId, merchantKey);
  const notificationKeys = { apiV3Key: settings.apiV3Key, platformKeys };

  return {
    paymentArgs: async (prepayId) => paymentArgs(prepayId),
    async createJsapiOrder(order) {
      const answer = await call({
        method: 'POST',
        url: 'v3/pay/transactions/jsapi',
        data: {
          appid: settings.appid,
          mchid: settings.mchid,
          description: order.description,
          out_trade_no: merchantNo(order.outTradeNo),
          time_expire: rfc3339InChina(order.expiresAtMs),
          ...(order.attach ? { attach: order.attach } : {}),
          notify_url: settings.notifyUrl,
          amount: { total: order.amountFen, currency: 'CNY' },
          payer: { openid: order.payerOpenid },
        },
      });
      if (!answer.ok) return answer;
      const prepayId = (answer.data as { prepay_id: string }).prepay_id;
      return { ok: true, prepayId, payment: paymentArgs(prepayId) };
    },
    async queryOrder(outTradeNo) {
      const answer = await call({ method: 'GET', url: orderPath(outTradeNo), params: { mchid: settings.mchid } });
      return answer.ok ? { ok: true, transaction: toTransaction(answer.data) } : answer;
    },
    async closeOrder(outTradeNo) {
      const answer = await call({
        method: 'POST',
        url: `${orderPath(outTradeNo)}/close`,
        data: { mchid: settings.mchid },
      });
      // Closing is idempotent for us: an order already closed is what the caller wanted.
      if (!answer.ok && answer.failure.kind !== 'ORDER_CLOSED') return answer;
      return { ok: true };
    },
    async createRefund(refund) {
      const answer = await call({
        method: 'POST',
        url: 'v3/refund/domestic/refunds',
        data: {
          out_trade_no: merchantNo(refund.outTradeNo),
          out_refund_no: merchantNo(refund.outRefundNo),
          ...(refund.reason ? { reason: refund.reason } : {}),
          notify_url: settings.notifyUrl,
          amount: { refund: refund.refundFen, total: refund.totalFen, currency: 'CNY' },
        },
      });
      return answer.ok ? { ok: true, refund: toRefund(answer.data) } : answer;
    },
    async queryRefund(outRefundNo) {
      const answer = await call(
        { method: 'GET', url: `v3/refund/domestic/refunds/${merchantNo(outRefundNo)}` },
        'REFUND_NOT_EXIST',
      );
      return answer.ok ? { ok: true, refund: toRefund(answer.data) } : answer;
    },
    verifyNotification: async (request, nowMs) => verifyNotification(notificationKeys, request, nowMs),
  };
}
