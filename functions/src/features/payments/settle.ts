import { PAY_ORDER_SETTLED, type PaymentOrderRecord } from '../../adapters/dynamodb';
import type { Transaction } from '../../adapters/wechat-pay';
import type { AppDeps } from '../../composition';
import { retrying, RETRY } from '../../core/retry';
import { logger } from '../../http/logger';
import { kindOfOrder } from './kinds';
import { PAYMENT_WINDOW_MS } from './payment-orders';

export type Settlement = 'fulfilled' | 'closed' | 'already-settled' | 'awaiting' | 'unknown-order' | 'mismatch';

/**
 * A paid transaction (from a verified notification or an order query): the order moves to `paid` and its kind
 * fulfils it, in one transaction conditional on the order still awaiting payment. Whoever comes second — a repeated
 * notification, the reconcile job — finds it settled and changes nothing; a closed order is never fulfilled.
 */
export async function settlePaid(transaction: Transaction, nowMs: number, deps: AppDeps): Promise<Settlement> {
  const order = await deps.payments.get(transaction.outTradeNo);
  if (!order) {
    logger.warn('payment for an unknown order', { outTradeNo: transaction.outTradeNo });
    return 'unknown-order';
  }
  if (order.status !== 'awaiting_payment') {
    if (order.status === 'closed') logger.error('payment of a closed order', { outTradeNo: order.outTradeNo });
    return 'already-settled';
  }
  if (transaction.totalFen !== null && transaction.totalFen !== order.amountFen) {
    logger.error('paid amount differs from the order', { outTradeNo: order.outTradeNo, paid: transaction.totalFen });
    return 'mismatch';
  }
  const kind = kindOfOrder(order);
  return retrying(async () => {
    const at = new Date(nowMs).toISOString();
    const writes = [
      deps.payments.settleWrite(order.outTradeNo, 'paid', { at, transactionId: transaction.transactionId }),
      ...(await kind.fulfil(order, { nowMs, transactionId: transaction.transactionId }, deps)),
    ];
    const outcome = await deps.commit(writes);
    if (outcome.ok) return 'fulfilled' as const;
    if ('failed' in outcome && outcome.failed.includes(PAY_ORDER_SETTLED)) return 'already-settled' as const;
    return RETRY;
  });
}

/** Our side of a close WeChat Pay confirmed: the order and its subject are closed, once. */
async function settleClosed(order: PaymentOrderRecord, nowMs: number, deps: AppDeps): Promise<Settlement> {
  const kind = kindOfOrder(order);
  return retrying(async () => {
    const writes = [
      deps.payments.settleWrite(order.outTradeNo, 'closed', { at: new Date(nowMs).toISOString() }),
      ...(await kind.closed(order, nowMs, deps)),
    ];
    const outcome = await deps.commit(writes);
    if (outcome.ok) return 'closed' as const;
    if ('failed' in outcome && outcome.failed.includes(PAY_ORDER_SETTLED)) return 'already-settled' as const;
    return RETRY;
  });
}

/**
 * One order of the reconcile job: ask WeChat Pay; paid → fulfil; still unpaid after the 2 h window → close it there
 * first (so it can never be paid later), then here; a close answered ORDER_PAID is fulfilled instead.
 */
export async function reconcileOrder(outTradeNo: string, nowMs: number, deps: AppDeps): Promise<Settlement> {
  const order = await deps.payments.get(outTradeNo);
  if (!order) return 'unknown-order';
  if (order.status !== 'awaiting_payment') return 'already-settled';
  const queried = await deps.wechatPay.queryOrder(outTradeNo);
  if (queried.ok && queried.transaction.state === 'SUCCESS') return settlePaid(queried.transaction, nowMs, deps);
  if (queried.ok && (queried.transaction.state === 'CLOSED' || queried.transaction.state === 'REVOKED'))
    return settleClosed(order, nowMs, deps);
  const unknownThere = !queried.ok && queried.failure.kind === 'ORDER_NOT_EXIST';
  if (!queried.ok && !unknownThere) return 'awaiting'; // no answer now: the next run asks again
  if (nowMs - Date.parse(order.createdAt) < PAYMENT_WINDOW_MS) return 'awaiting';
  if (unknownThere) return settleClosed(order, nowMs, deps);
  const closed = await deps.wechatPay.closeOrder(outTradeNo);
  if (closed.ok) return settleClosed(order, nowMs, deps);
  if (closed.failure.kind === 'ORDER_PAID') {
    const again = await deps.wechatPay.queryOrder(outTradeNo);
    if (again.ok && again.transaction.state === 'SUCCESS') return settlePaid(again.transaction, nowMs, deps);
  }
  return 'awaiting';
}

/** Asks WeChat Pay about one order now (the member polls after paying): paid there → fulfilled here, once. */
export async function settleIfPaid(outTradeNo: string, nowMs: number, deps: AppDeps): Promise<Settlement> {
  const queried = await deps.wechatPay.queryOrder(outTradeNo);
  if (queried.ok && queried.transaction.state === 'SUCCESS') return settlePaid(queried.transaction, nowMs, deps);
  return 'awaiting';
}
