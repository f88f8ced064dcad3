import { DomainError } from '@app/shared';
import type { RequestPaymentArgs } from '../../adapters/wechat-pay';
import type { PaymentOrderRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { newIdFactory } from '../../core/ids';
import { logger } from '../../http/logger';

/** An order WeChat Pay no longer takes after 2 h; the reconcile job closes what is still unpaid then. */
export const PAYMENT_WINDOW_MS = 2 * 3600_000;

/**
 * Opens the payment of something a member buys: the JSAPI order at WeChat Pay (out_trade_no = the kind's prefix and
 * a time-ordered id), then our order awaiting payment, and the `wx.requestPayment` arguments. Nothing is delivered
 * here: only a verified notification or an order query that says SUCCESS fulfils it (features/payments/settle.ts).
 */
export async function openPaymentOrder(
  request: {
    kind: string;
    prefix: string;
    subjectId: (outTradeNo: string) => string;
    memberId: string;
    payerOpenid: string;
    amountFen: number;
    description: string;
  },
  nowMs: number,
  deps: Pick<AppDeps, 'wechatPay' | 'payments'>,
): Promise<{ order: PaymentOrderRecord; payment: RequestPaymentArgs }> {
  const outTradeNo = `${request.prefix}${newIdFactory()(nowMs)}`;
  const expiresAtMs = nowMs + PAYMENT_WINDOW_MS;
  const created = await deps.wechatPay.createJsapiOrder({
    outTradeNo,
    description: request.description,
    amountFen: request.amountFen,
    payerOpenid: request.payerOpenid,
    expiresAtMs,
    attach: request.kind,
  });
  if (!created.ok) {
    logger.warn('payment order not created', { outTradeNo, failure: created.failure });
    throw new DomainError('BUSY', '微信支付暂时不可用，请稍后再试', { reason: created.failure.kind });
  }
  const order: PaymentOrderRecord = {
    outTradeNo,
    kind: request.kind,
    subjectId: request.subjectId(outTradeNo),
    memberId: request.memberId,
    payerOpenid: request.payerOpenid,
    amountFen: request.amountFen,
    description: request.description,
    status: 'awaiting_payment',
    prepayId: created.prepayId,
    createdAt: new Date(nowMs).toISOString(),
    expiresAt: new Date(expiresAtMs).toISOString(),
    paidAt: null,
    transactionId: null,
    closedAt: null,
    refunds: [],
  };
  await deps.payments.create(order);
  return { order, payment: created.payment };
}
