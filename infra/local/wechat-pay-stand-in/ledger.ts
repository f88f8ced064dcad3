import { randomInt } from 'node:crypto';
import { chinaTime } from '../stand-in-http';

/**
 * The stand-in's orders and refunds, in memory, with the platform's states, field names and error codes.
 * Every operation answers `{ status, body }` as WeChat Pay would (body undefined = 204 No Content).
 */

export type TradeState = 'NOTPAY' | 'SUCCESS' | 'REFUND' | 'CLOSED';
export type RefundStatus = 'PROCESSING' | 'SUCCESS' | 'ABNORMAL' | 'CLOSED';

export interface Order {
  appid: string;
  mchid: string;
  outTradeNo: string;
  description: string;
  totalFen: number;
  openid: string;
  notifyUrl: string;
  attach?: string;
  timeExpireMs: number;
  prepayId: string;
  prepaidAtMs: number;
  state: TradeState;
  transactionId?: string;
  successTimeMs?: number;
  refundedFen: number;
  /** The parameters of the first request: a repeat must match them, or the number is "used". */
  fingerprint: string;
}

export interface RefundRecord {
  outRefundNo: string;
  refundId: string;
  order: Order;
  refundFen: number;
  reason?: string;
  notifyUrl?: string;
  status: RefundStatus;
  createdAtMs: number;
  successTimeMs?: number;
}

export interface Answer {
  status: number;
  body?: Record<string, unknown>;
  /** A refund this call created (so the platform settles it later). */
  created?: RefundRecord;
}

const PREPAY_LIFETIME_MS = 2 * 3600_000;
const MERCHANT_NO = /^[0-9A-Za-z_\-|*]{6,32}$/;

export const error = (status: number, code: string, message: string, detail?: Record<string, unknown>): Answer => ({
  status,
  body: { code, message, ...(detail ? { detail } : {}) },
});
const paramError = (field: string, problem: string) =>
  error(400, 'PARAM_ERROR', `输入源“/body/${field}”${problem}`, { field, location: 'body' });
const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
const compactTime = (ms: number) => chinaTime(ms).slice(0, 19).replace(/\D/g, '');

const TRADE_STATE_DESC: Record<TradeState, string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  REFUND: '订单发生过退款',
  CLOSED: '订单已关闭',
};

export function transactionBody(order: Order): Record<string, unknown> {
  const paid = order.state === 'SUCCESS' || order.state === 'REFUND';
  return {
    appid: order.appid,
    mchid: order.mchid,
    out_trade_no: order.outTradeNo,
    ...(paid
      ? { transaction_id: order.transactionId, bank_type: 'OTHERS', success_time: chinaTime(order.successTimeMs!) }
      : {}),
    trade_type: 'JSAPI',
    trade_state: order.state,
    trade_state_desc: TRADE_STATE_DESC[order.state],
    ...(order.attach ? { attach: order.attach } : {}),
    payer: { openid: order.openid },
    amount: paid
      ? { total: order.totalFen, payer_total: order.totalFen, currency: 'CNY', payer_currency: 'CNY' }
      : { total: order.totalFen, currency: 'CNY' },
  };
}

export function refundBody(refund: RefundRecord, forNotification = false): Record<string, unknown> {
  const { order } = refund;
  const common = {
    mchid: order.mchid,
    out_trade_no: order.outTradeNo,
    transaction_id: order.transactionId,
    out_refund_no: refund.outRefundNo,
    refund_id: refund.refundId,
    user_received_account: '支付用户零钱',
    ...(refund.successTimeMs ? { success_time: chinaTime(refund.successTimeMs) } : {}),
  };
  const amounts = {
    total: order.totalFen,
    refund: refund.refundFen,
    payer_total: order.totalFen,
    payer_refund: refund.refundFen,
  };
  if (forNotification) return { ...common, refund_status: refund.status, amount: amounts };
  return {
    ...common,
    channel: 'ORIGINAL',
    create_time: chinaTime(refund.createdAtMs),
    status: refund.status,
    funds_account: 'AVAILABLE',
    amount: {
      ...amounts,
      settlement_total: order.totalFen,
      settlement_refund: refund.refundFen,
      discount_refund: 0,
      currency: 'CNY',
      refund_fee: 0,
    },
  };
}

export class Ledger {
  readonly orders = new Map<string, Order>();
  readonly refunds = new Map<string, RefundRecord>();

  constructor(private readonly merchant: { mchid: string; appid: string }) {}

  createJsapiOrder(body: Record<string, any>, nowMs: number): Answer {
    const amount = body.amount ?? {};
    if (body.mchid !== this.merchant.mchid) return error(400, 'MCH_NOT_EXISTS', '商户号不存在');
    if (body.appid !== this.merchant.appid) return error(400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配');
    if (typeof body.description !== 'string' || !body.description || [...body.description].length > 127)
      return paramError('description', '长度应在1到127个字符之间');
    if (typeof body.out_trade_no !== 'string' || !MERCHANT_NO.test(body.out_trade_no))
      return paramError('out_trade_no', '应为6到32位数字、大小写字母或_-|*');
    if (typeof body.notify_url !== 'string' || !/^https?:\/\/[^?#]+$/.test(body.notify_url))
      return paramError('notify_url', '应为不带参数的 http(s) 地址');
    if (!Number.isInteger(amount.total) || amount.total < 1) return paramError('amount/total', '应为大于0的整数（分）');
    if ((amount.currency ?? 'CNY') !== 'CNY') return paramError('amount/currency', '仅支持 CNY');
    if (typeof body.payer?.openid !== 'string' || !body.payer.openid) return paramError('payer/openid', '不能为空');
    const expire = body.time_expire === undefined ? nowMs + 7 * 86_400_000 : Date.parse(body.time_expire);
    if (Number.isNaN(expire) || (body.time_expire && !/[+-]\d\d:\d\d$/.test(body.time_expire)))
      return paramError('time_expire', '应为 rfc3339 格式，如 2015-05-20T13:29:35+08:00');

    const fingerprint = JSON.stringify([
      body.description,
      body.amount?.total,
      body.payer.openid,
      body.notify_url,
      body.attach,
    ]);
    const existing = this.orders.get(body.out_trade_no);
    if (existing) {
      if (existing.state === 'SUCCESS' || existing.state === 'REFUND') return error(403, 'ORDERPAID', '该订单已支付');
      if (existing.state === 'CLOSED') return error(400, 'ORDER_CLOSED', '该订单已关闭');
      if (existing.fingerprint !== fingerprint) return error(403, 'OUT_TRADE_NO_USED', '商户订单号重复');
      if (nowMs - existing.prepaidAtMs > PREPAY_LIFETIME_MS) this.issuePrepayId(existing, nowMs);
      return { status: 200, body: { prepay_id: existing.prepayId } };
    }
    const order: Order = {
      appid: body.appid,
      mchid: body.mchid,
      outTradeNo: body.out_trade_no,
      description: body.description,
      totalFen: amount.total,
      openid: body.payer.openid,
      notifyUrl: body.notify_url,
      attach: body.attach,
      timeExpireMs: Math.max(expire, nowMs + 60_000),
      prepayId: '',
      prepaidAtMs: 0,
      state: 'NOTPAY',
      refundedFen: 0,
      fingerprint,
    };
    this.issuePrepayId(order, nowMs);
    this.orders.set(order.outTradeNo, order);
    return { status: 200, body: { prepay_id: order.prepayId } };
  }

  private issuePrepayId(order: Order, nowMs: number) {
    order.prepayId = `wx${compactTime(nowMs)}${digits(22)}`;
    order.prepaidAtMs = nowMs;
  }

  query(outTradeNo: string, mchid: string | null): Answer {
    if (mchid !== this.merchant.mchid) return error(400, 'PARAM_ERROR', '输入源“/query/mchid”不正确');
    const order = this.orders.get(outTradeNo);
    return order ? { status: 200, body: transactionBody(order) } : error(404, 'ORDER_NOT_EXIST', '订单不存在');
  }

  close(outTradeNo: string, body: Record<string, any>): Answer {
    if (body.mchid !== this.merchant.mchid) return error(400, 'MCH_NOT_EXISTS', '商户号不存在');
    const order = this.orders.get(outTradeNo);
    if (!order) return error(404, 'ORDER_NOT_EXIST', '订单不存在');
    if (order.state === 'SUCCESS' || order.state === 'REFUND')
      return error(400, 'ORDERPAID', '订单已支付，不能发起关单');
    order.state = 'CLOSED';
    return { status: 204 };
  }

  /** Why the member cannot pay this order now, in the payment sheet's words; null when they can. */
  refusalToPay(order: Order | undefined, nowMs: number): string | null {
    if (!order) return '订单不存在';
    if (order.state === 'SUCCESS' || order.state === 'REFUND') return '该订单已支付';
    if (order.state === 'CLOSED') return '订单已关闭';
    if (nowMs > order.timeExpireMs) return '订单已过支付时间';
    if (nowMs - order.prepaidAtMs > PREPAY_LIFETIME_MS) return '支付参数已过期，请重新下单';
    return null;
  }

  pay(order: Order, nowMs: number): void {
    order.state = 'SUCCESS';
    order.transactionId = `42000${digits(5)}${compactTime(nowMs).slice(0, 8)}${digits(10)}`;
    order.successTimeMs = nowMs;
  }

  createRefund(body: Record<string, any>, nowMs: number): Answer {
    const amount = body.amount ?? {};
    if (typeof body.out_refund_no !== 'string' || !/^[0-9A-Za-z_\-|*@]{1,64}$/.test(body.out_refund_no))
      return paramError('out_refund_no', '应为1到64位数字、大小写字母或_-|*@');
    if (!Number.isInteger(amount.refund) || amount.refund < 1)
      return paramError('amount/refund', '应为大于0的整数（分）');
    if (!Number.isInteger(amount.total)) return paramError('amount/total', '应为整数（分）');
    if (amount.currency !== 'CNY') return paramError('amount/currency', '仅支持 CNY');
    const order = [...this.orders.values()].find(
      (o) => o.outTradeNo === body.out_trade_no || (body.transaction_id && o.transactionId === body.transaction_id),
    );
    if (!order) return error(404, 'RESOURCE_NOT_EXISTS', '订单不存在');
    const existing = this.refunds.get(body.out_refund_no);
    if (existing) {
      const same = existing.order === order && existing.refundFen === amount.refund;
      return same
        ? { status: 200, body: refundBody(existing) }
        : error(400, 'INVALID_REQUEST', '退款单号已存在，请勿修改退款参数');
    }
    if (order.state !== 'SUCCESS' && order.state !== 'REFUND')
      return error(400, 'INVALID_REQUEST', '订单未支付，不能退款');
    if (amount.total !== order.totalFen) return error(400, 'INVALID_REQUEST', '订单金额与原订单不一致');
    if (amount.refund > order.totalFen - order.refundedFen)
      return error(400, 'INVALID_REQUEST', '申请退款金额超过订单可退金额');
    const refund: RefundRecord = {
      outRefundNo: body.out_refund_no,
      refundId: `50${digits(5)}${compactTime(nowMs).slice(0, 8)}${digits(12)}`,
      order,
      refundFen: amount.refund,
      reason: body.reason,
      notifyUrl: body.notify_url,
      status: 'PROCESSING',
      createdAtMs: nowMs,
    };
    order.refundedFen += refund.refundFen;
    order.state = 'REFUND';
    this.refunds.set(refund.outRefundNo, refund);
    return { status: 200, body: refundBody(refund), created: refund };
  }

  queryRefund(outRefundNo: string): Answer {
    const refund = this.refunds.get(outRefundNo);
    return refund ? { status: 200, body: refundBody(refund) } : error(404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
  }

  /** A refund reaches its end: SUCCESS (money back), ABNORMAL (the account refused it) or CLOSED (given back). */
  settleRefund(refund: RefundRecord, status: Exclude<RefundStatus, 'PROCESSING'>, nowMs: number): void {
    refund.status = status;
    if (status === 'SUCCESS') refund.successTimeMs = nowMs;
    if (status === 'CLOSED') refund.order.refundedFen -= refund.refundFen;
  }
}
