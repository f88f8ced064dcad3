import { DomainError } from '@app/shared';
import type { Refund, RefundRequest } from '../../adapters/wechat-pay';
import type { AppDeps } from '../../composition';
import { logger } from '../../http/logger';

/**
 * Money back through WeChat Pay for any kind of order (top-up, plan, punch card). Safe to repeat: WeChat Pay keys a
 * refund by out_refund_no, so the caller fixes it per refund. A refund that could not be asked now answers BUSY; the
 * same request again asks again.
 */
export async function refundThroughWechat(refund: RefundRequest, deps: Pick<AppDeps, 'wechatPay'>) {
  const asked = await deps.wechatPay.createRefund(refund);
  if (asked.ok) return asked.refund;
  logger.warn('refund not accepted by WeChat Pay', { outRefundNo: refund.outRefundNo, failure: asked.failure });
  throw new DomainError('BUSY', '退款已登记，微信支付暂未受理，请稍后重试', { reason: asked.failure.kind });
}

/**
 * WeChat Pay's REFUND.* notification on our refund record: SUCCESS (the money arrived), ABNORMAL (it could not be
 * paid into the member's account — a person must act in the merchant platform) or CLOSED. Idempotent: a repeat writes
 * the same, and a refund that succeeded stays so. A refund we never asked is only logged.
 */
export async function applyRefundNotification(refund: Refund, nowMs: number, deps: Pick<AppDeps, 'payments'>) {
  if (refund.status === 'PROCESSING') return false;
  const applied = await deps.payments.refundSettled(refund.outTradeNo, {
    outRefundNo: refund.outRefundNo,
    status: refund.status,
    at: refund.successTime ?? new Date(nowMs).toISOString(),
    receivedInto: refund.receivedInto,
  });
  const facts = { outRefundNo: refund.outRefundNo, outTradeNo: refund.outTradeNo, status: refund.status, applied };
  if (refund.status === 'SUCCESS') logger.info('refund settled', facts);
  else logger.error('refund not paid out: act in the WeChat Pay merchant platform', facts);
  return applied;
}
