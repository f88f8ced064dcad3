import { DomainError } from '@app/shared';
import type { RefundRequest } from '../../adapters/wechat-pay';
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
