/**
 * WeChat Pay (APIv3, JSAPI / mini-program payment) as the product uses it. Every call answers a typed result,
 * never a bare exception, so a use case can decide what to do; every call is safe to repeat (WeChat Pay keys
 * orders by out_trade_no and refunds by out_refund_no), which is why transient failures are retried inside.
 *
 * Usage (deps.wechatPay, built in composition.ts; locally it talks to the stand-in the local stack starts):
 * ```ts
 * // 1. A top-up (or plan, or punch card) asks for payment: give the mini-program wx.requestPayment's arguments.
 * const created = await pay.createJsapiOrder({
 *   outTradeNo: 'TU01JF3…',                      // per order, 6–32 of [0-9A-Za-z_-|*]; its prefix names the kind
 *   description: '啡常时光-充值¥300送¥40', amountFen: 30_000, payerOpenid: member.openid,
 *   expiresAtMs: nowMs + 2 * 3600_000,
 * });
 * if (!created.ok) // created.failure.kind: 'ORDER_PAID' (credit it instead), 'TRANSIENT' (503, try again), …
 * return { payment: created.payment };          // { timeStamp, nonceStr, package: 'prepay_id=…', signType: 'RSA', paySign }
 *
 * // 2. The notify route (POST /v1/pay/wechat/notify; raw body, headers as received):
 * const verified = await pay.verifyNotification({ headers: event.headers, body: rawBody });
 * if (!verified.ok) return verified.answer;      // 401 { code: 'FAIL', message }: WeChat Pay will try again
 * const n = verified.notification;
 * if (n.kind === 'transaction' && n.transaction.state === 'SUCCESS') // credit once, keyed by n.transaction.outTradeNo
 * if (n.kind === 'refund') // n.refund.status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED'
 * return { statusCode: 204 };                    // also for a repeat
 *
 * // 3. The reconcile job: ask, then close what stayed unpaid for 2 h.
 * const queried = await pay.queryOrder(outTradeNo);   // transaction.state: 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND' …
 * const closed = await pay.closeOrder(outTradeNo);    // ok also when already closed; failure 'ORDER_PAID' → credit it
 *
 * // 4. A marketer refunds a top-up: the remaining principal goes back through WeChat Pay.
 * const refunded = await pay.createRefund({ outRefundNo, outTradeNo, refundFen: 30_000, totalFen: 30_000, reason: '会员申请退款' });
 * // refunded.refund.status is usually 'PROCESSING'; a REFUND.SUCCESS notification (or queryRefund) settles it.
 * ```
 */
export interface WechatPay {
  createJsapiOrder(order: JsapiOrder): Promise<CreateOrderResult>;
  /** Fresh `wx.requestPayment` arguments for a prepay id (valid 2 h), e.g. when the member pays again later. */
  paymentArgs(prepayId: string): Promise<RequestPaymentArgs>;
  queryOrder(outTradeNo: string): Promise<QueryOrderResult>;
  closeOrder(outTradeNo: string): Promise<CloseOrderResult>;
  createRefund(refund: RefundRequest): Promise<RefundResult>;
  queryRefund(outRefundNo: string): Promise<RefundResult>;
  /** Checks signature, platform key id and the 300 s window, then decrypts the resource with the APIv3 key. */
  verifyNotification(request: NotificationRequest, nowMs?: number): Promise<NotificationOutcome>;
}

/** The merchant's settings (config.ts reads them; secrets come from the deployment's secret store). */
export interface WechatPaySettings {
  mchid: string;
  /** The mini-program's appid, bound to the merchant. */
  appid: string;
  /** Serial number of the merchant API certificate (商户API证书序列号). */
  merchantSerial: string;
  /** PEM (PKCS#8) of the merchant API private key (apiclient_key.pem). */
  merchantPrivateKey: string;
  /** The 32-byte APIv3 key that encrypts notification resources. */
  apiV3Key: string;
  /** 微信支付公钥 (PEM) and its id (PUB_KEY_ID_…): verify answers and notifications. */
  platformPublicKey: string;
  platformPublicKeyId: string;
  /** Where WeChat Pay posts payment and refund notifications: https://…/v1/pay/wechat/notify. */
  notifyUrl: string;
  /** https://api.mch.weixin.qq.com in production; the stand-in in the local stage. */
  baseUrl: string;
}

export interface JsapiOrder {
  outTradeNo: string;
  /** What the member sees in the payment sheet and the bill (≤ 127 characters). */
  description: string;
  amountFen: number;
  payerOpenid: string;
  /** After this instant WeChat Pay refuses to take the payment (time_expire). */
  expiresAtMs: number;
  /** Returned as is by queries and notifications (≤ 128 characters). */
  attach?: string;
}

export interface RequestPaymentArgs {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

export type TradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';

export interface Transaction {
  outTradeNo: string;
  transactionId: string | null;
  state: TradeState;
  stateDescription: string;
  totalFen: number | null;
  payerTotalFen: number | null;
  payerOpenid: string | null;
  /** RFC 3339 with offset, as WeChat Pay writes it. */
  successTime: string | null;
  attach: string | null;
}

export interface RefundRequest {
  outRefundNo: string;
  outTradeNo: string;
  refundFen: number;
  /** The order's total, which WeChat Pay checks against the order. */
  totalFen: number;
  /** Shown to the member with the refund (≤ 80 characters). */
  reason?: string;
}

export type RefundStatus = 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';

export interface Refund {
  outRefundNo: string;
  refundId: string;
  outTradeNo: string;
  transactionId: string | null;
  status: RefundStatus;
  refundFen: number;
  totalFen: number;
  successTime: string | null;
  /** Where the money went back, e.g. 支付用户零钱 or a bank card. */
  receivedInto: string | null;
}

/**
 * - ORDER_NOT_EXIST / REFUND_NOT_EXIST: WeChat Pay does not know the out_trade_no / out_refund_no.
 * - ORDER_CLOSED: the order was closed (or expired): make a new order with a new out_trade_no.
 * - ORDER_PAID: the order is paid already (creating or closing it again): credit it.
 * - OUT_TRADE_NO_USED: the out_trade_no is taken by an order with other parameters.
 * - NOT_ENOUGH: the merchant's balance cannot cover the refund now.
 * - REJECTED: any other refusal (parameters, signature, permissions): a fault of ours, not worth repeating.
 * - TRANSIENT: no answer, 5xx, SYSTEM_ERROR or FREQUENCY_LIMITED after the retries: the outcome is unknown;
 *   repeat later with the same out_trade_no / out_refund_no.
 * - UNVERIFIED: an answer whose signature does not verify with the platform key: treated as no answer.
 */
export type WechatPayFailureKind =
  | 'ORDER_NOT_EXIST'
  | 'ORDER_CLOSED'
  | 'ORDER_PAID'
  | 'OUT_TRADE_NO_USED'
  | 'REFUND_NOT_EXIST'
  | 'NOT_ENOUGH'
  | 'REJECTED'
  | 'TRANSIENT'
  | 'UNVERIFIED';

export interface WechatPayFailure {
  kind: WechatPayFailureKind;
  /** WeChat Pay's own code (e.g. ORDER_NOT_EXIST, SYSTEM_ERROR) or the network error's. */
  code: string;
  message: string;
  httpStatus: number | null;
  attempts: number;
}

type Failed = { ok: false; failure: WechatPayFailure };
export type CreateOrderResult = { ok: true; prepayId: string; payment: RequestPaymentArgs } | Failed;
export type QueryOrderResult = { ok: true; transaction: Transaction } | Failed;
export type CloseOrderResult = { ok: true } | Failed;
export type RefundResult = { ok: true; refund: Refund } | Failed;

export interface NotificationRequest {
  /** As received; names in any case (API Gateway lowercases them). */
  headers: Record<string, string | undefined>;
  /** The raw body, exactly as received: the signature covers its bytes. */
  body: string;
}

export type PayNotification =
  | { kind: 'transaction'; id: string; eventType: string; createTime: string; transaction: Transaction }
  | { kind: 'refund'; id: string; eventType: string; createTime: string; refund: Refund };

export type NotificationRefusalReason = 'BAD_SIGNATURE' | 'STALE' | 'UNKNOWN_SERIAL' | 'UNDECRYPTABLE' | 'MALFORMED';

export type NotificationOutcome =
  | { ok: true; notification: PayNotification }
  | {
      ok: false;
      reason: NotificationRefusalReason;
      message: string;
      /** What the notify route answers: WeChat Pay keeps the notification and tries again. */
      answer: { statusCode: 401; body: { code: 'FAIL'; message: string } };
    };
