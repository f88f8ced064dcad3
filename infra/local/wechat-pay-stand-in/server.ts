import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  assertLocalStage,
  closeServer,
  type Incoming,
  parseJson,
  sendHtml,
  sendJson,
  startLoopbackServer,
} from '../stand-in-http';
import { handleControl } from './controls';
import { type Answer, error } from './ledger';
import { checkMerchantRequest, platformSignatureHeaders } from './platform-crypto';
import { localRedirect, type RequestPaymentArgs, resultPage, sheetPage } from './payment-sheet';
import { Platform } from './platform';

export interface WechatPayStandInOptions {
  /** 0 (or absent): a free port. */
  port?: number;
  merchant: { mchid: string; appid: string; serial: string; publicKey: string };
  platform: { privateKey: string; keyId: string };
  apiV3Key: string;
  /** The merchant's name on the payment sheet. */
  merchantName?: string;
}

export interface WechatPayStandIn {
  /** The base URL the WeChat Pay adapter is pointed at (WECHATPAY_BASE_URL). */
  url: string;
  /** The payment sheet: `${sheetUrl}?timeStamp=…&nonceStr=…&package=…&signType=RSA&paySign=…&redirect_url=…`. */
  sheetUrl: string;
  platform: Platform;
  stop(): Promise<void>;
}

/**
 * A local WeChat Pay (APIv3) for the local stage: checks the merchant's request signatures, answers signed with
 * its platform key, keeps orders and refunds in memory, plays the payment sheet and sends signed, encrypted
 * notifications with the platform's retries. What it does not simulate: docs/decisions.md.
 */
export async function startWechatPayStandIn(options: WechatPayStandInOptions): Promise<WechatPayStandIn> {
  assertLocalStage('The WeChat Pay stand-in');
  const merchant = { ...options.merchant, publicKey: createPublicKey(options.merchant.publicKey) };
  const signer = { privateKey: createPrivateKey(options.platform.privateKey), keyId: options.platform.keyId };
  const platform = new Platform(merchant, {
    platformKey: signer.privateKey,
    keyId: signer.keyId,
    apiV3Key: options.apiV3Key,
  });
  const sheet = paymentSheet(platform, options.merchantName ?? '啡常时光');

  const { server, url } = await startLoopbackServer(
    options.port ?? 0,
    'the WeChat Pay stand-in',
    async (request, response) => {
      const path = request.url.pathname;
      if (path.startsWith('/control/')) return handleControl(platform, request, response);
      if (path === '/pay' || path.startsWith('/pay/')) return sheet(request, response);
      if (path.startsWith('/v3/')) return api(platform, merchant, signer, request, response);
      sendJson(response, 404, { code: 'NOT_FOUND', message: '请求的资源不存在' });
    },
  );
  return {
    url,
    sheetUrl: `${url}/pay`,
    platform,
    async stop() {
      platform.stop();
      await closeServer(server);
    },
  };
}

async function api(
  platform: Platform,
  merchant: { mchid: string; appid: string; serial: string; publicKey: KeyObject },
  signer: { privateKey: KeyObject; keyId: string },
  request: Incoming,
  response: ServerResponse,
) {
  const answer = (result: Answer, tamper = false) => {
    const text = result.body === undefined ? '' : JSON.stringify(result.body);
    const headers = platformSignatureHeaders(text, signer, Date.now());
    if (tamper) headers['Wechatpay-Signature'] = `${headers['Wechatpay-Signature']!.slice(0, -8)}AAAAAAA=`;
    sendJson(response, result.status, result.body, { ...headers, 'Request-ID': `standin-${Date.now()}` });
  };
  const check = checkMerchantRequest(
    {
      method: request.method,
      pathWithQuery: request.pathWithQuery,
      body: request.body,
      authorization: request.headers.authorization,
    },
    merchant,
    Date.now(),
  );
  if (!check.ok) return answer(error(401, 'SIGN_ERROR', check.message));

  const fault = platform.nextFault(request.url.pathname);
  if (fault?.kind === 'disconnect') return void request.socket.destroy();
  if (fault?.kind === 'answer')
    return answer(error(fault.status ?? 500, fault.code ?? 'SYSTEM_ERROR', fault.message ?? '系统异常，请稍后重试'));
  if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 5_000));

  const body = request.method === 'POST' ? parseJson(request.body) : {};
  if (!body) return answer(error(400, 'PARAM_ERROR', '请求体不是合法的 JSON'));
  const now = platform.now();
  const { ledger } = platform;
  const path = request.url.pathname;
  const order = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)(\/close)?$/.exec(path);
  const refund = /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/.exec(path);
  let result: Answer;
  if (request.method === 'POST' && path === '/v3/pay/transactions/jsapi') result = ledger.createJsapiOrder(body, now);
  else if (request.method === 'GET' && order && !order[2])
    result = ledger.query(decodeURIComponent(order[1]!), request.url.searchParams.get('mchid'));
  else if (request.method === 'POST' && order?.[2]) result = ledger.close(decodeURIComponent(order[1]!), body);
  else if (request.method === 'POST' && path === '/v3/refund/domestic/refunds') {
    result = ledger.createRefund(body, now);
    if (result.created) platform.refundCreated(result.created);
  } else if (request.method === 'GET' && refund) result = ledger.queryRefund(decodeURIComponent(refund[1]!));
  else result = error(404, 'NOT_FOUND', '请求的资源不存在');
  answer(result, fault?.kind === 'bad-signature');
}

function paymentSheet(platform: Platform, merchantName: string) {
  return async (request: Incoming, response: ServerResponse) => {
    const fields = request.method === 'POST' ? new URLSearchParams(request.body) : request.url.searchParams;
    const args: RequestPaymentArgs = {
      timeStamp: fields.get('timeStamp') ?? '',
      nonceStr: fields.get('nonceStr') ?? '',
      package: fields.get('package') ?? '',
      signType: fields.get('signType') ?? '',
      paySign: fields.get('paySign') ?? '',
    };
    const redirectUrl = localRedirect(fields.get('redirect_url'));
    const fail = (message: string) =>
      sendHtml(response, 400, resultPage({ outcome: 'fail', title: '支付失败', message, redirectUrl }));
    const payable = platform.payable(args);
    if (!payable.ok) return fail(payable.message);
    const { order } = payable;
    const path = request.url.pathname;
    if (request.method === 'GET' && path === '/pay')
      return sendHtml(response, 200, sheetPage({ merchantName, ...order }, args, redirectUrl));
    if (request.method === 'POST' && path === '/pay/cancel')
      return sendHtml(
        response,
        200,
        resultPage({ outcome: 'cancel', title: '已取消支付', message: '订单未支付，可稍后重新支付', redirectUrl }),
      );
    if (request.method === 'POST' && path === '/pay/confirm') {
      platform.pay(order);
      return sendHtml(
        response,
        200,
        resultPage({ outcome: 'ok', title: '支付成功', totalFen: order.totalFen, message: merchantName, redirectUrl }),
      );
    }
    sendHtml(response, 405, resultPage({ outcome: 'fail', title: '无法处理', redirectUrl }));
  };
}
