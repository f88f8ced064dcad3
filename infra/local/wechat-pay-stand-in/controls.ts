import type { ServerResponse } from 'node:http';
import { type Incoming, parseJson, sendJson } from '../stand-in-http';
import { transactionBody } from './ledger';
import type { RequestPaymentArgs } from './payment-sheet';
import type { Fault, Platform } from './platform';

/**
 * Test controls (no signature; loopback only), documented in infra/local/wechat-pay-stand-in/control-client.ts:
 *   GET  /control/state                       orders, refunds and every notification delivery
 *   POST /control/request-payment             wx.requestPayment's arguments (+ action: "cancel") → { errMsg }
 *   POST /control/orders/{no}/pay             the member pays (no sheet)
 *   POST /control/orders/{no}/notify          send the payment notification again { copies?, delayMs? }
 *   POST /control/notify-behaviour            { outTradeNo?, copies: 0|1|2, delayMs } for later payments
 *   POST /control/refunds/{no}/settle         { status: SUCCESS|ABNORMAL|CLOSED }
 *   POST /control/config                      { retryScheduleMs?, refundSettleMs? (null = by control), clockOffsetMs? }
 *   POST /control/faults                      a Fault for the next matching API call(s)
 *   POST /control/reset                       forget everything
 */
export async function handleControl(platform: Platform, request: Incoming, response: ServerResponse): Promise<void> {
  const body = parseJson(request.body || '{}') ?? {};
  const path = request.url.pathname;
  const route = (method: string, pattern: RegExp) => (request.method === method ? pattern.exec(path) : null);
  if (route('GET', /^\/control\/state$/)) {
    return sendJson(response, 200, {
      orders: [...platform.ledger.orders.values()].map((order) => ({
        ...transactionBody(order),
        prepay_id: order.prepayId,
        notify_url: order.notifyUrl,
        description: order.description,
      })),
      refunds: [...platform.ledger.refunds.values()].map((refund) => ({
        out_refund_no: refund.outRefundNo,
        out_trade_no: refund.order.outTradeNo,
        refund: refund.refundFen,
        status: refund.status,
      })),
      deliveries: platform.notifier.deliveries,
      pendingDeliveries: platform.notifier.pending,
    });
  }
  if (route('POST', /^\/control\/request-payment$/)) {
    const payable = platform.payable(body as unknown as RequestPaymentArgs);
    if (!payable.ok) return sendJson(response, 200, { errMsg: `requestPayment:fail ${payable.message}` });
    if (body.action === 'cancel') return sendJson(response, 200, { errMsg: 'requestPayment:fail cancel' });
    platform.pay(payable.order);
    return sendJson(response, 200, { errMsg: 'requestPayment:ok' });
  }
  const orderControl = route('POST', /^\/control\/orders\/([^/]+)\/(pay|notify)$/);
  if (orderControl) {
    const order = platform.ledger.orders.get(decodeURIComponent(orderControl[1]!));
    if (orderControl[2] === 'pay') {
      const refusal = platform.ledger.refusalToPay(order, platform.now());
      if (refusal || !order) return sendJson(response, 409, { message: refusal });
      platform.pay(order);
      return sendJson(response, 200, transactionBody(order));
    }
    if (!order?.transactionId) return sendJson(response, 409, { message: '订单未支付' });
    platform.notifyPaid(order, { copies: (body.copies as 1 | 2) ?? 1, delayMs: Number(body.delayMs ?? 0) });
    return sendJson(response, 202, {});
  }
  if (route('POST', /^\/control\/notify-behaviour$/)) {
    platform.setBehaviour(body);
    return sendJson(response, 204, undefined);
  }
  const refundSettle = route('POST', /^\/control\/refunds\/([^/]+)\/settle$/);
  if (refundSettle) {
    const refund = platform.ledger.refunds.get(decodeURIComponent(refundSettle[1]!));
    if (refund?.status !== 'PROCESSING') return sendJson(response, 409, { message: '退款单不存在或已结束' });
    platform.settleRefund(refund, (body.status as 'SUCCESS' | 'ABNORMAL' | 'CLOSED') ?? 'SUCCESS');
    return sendJson(response, 204, undefined);
  }
  if (route('POST', /^\/control\/config$/)) {
    if (Array.isArray(body.retryScheduleMs)) platform.notifier.retryScheduleMs = body.retryScheduleMs.map(Number);
    if ('refundSettleMs' in body)
      platform.refundSettleMs = body.refundSettleMs === null ? null : Number(body.refundSettleMs);
    if (typeof body.clockOffsetMs === 'number') platform.clockOffsetMs = body.clockOffsetMs;
    return sendJson(response, 204, undefined);
  }
  if (route('POST', /^\/control\/faults$/)) {
    platform.faults.push({ times: 1, ...(body as unknown as Fault) });
    return sendJson(response, 204, undefined);
  }
  if (route('POST', /^\/control\/reset$/)) {
    platform.reset();
    return sendJson(response, 204, undefined);
  }
  sendJson(response, 404, { message: `no control ${request.method} ${path}` });
}
