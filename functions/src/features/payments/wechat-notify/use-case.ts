import type { NotificationRequest } from '../../../adapters/wechat-pay';
import type { AppDeps } from '../../../composition';
import { logger } from '../../../http/logger';
import { applyRefundNotification } from '../refunds';
import { settlePaid } from '../settle';

export type NotifyAnswer = { statusCode: 204 } | { statusCode: 401 | 500; body: { code: 'FAIL'; message: string } };

/**
 * A WeChat Pay notification: verified (signature, platform key, 5-minute window) and decrypted by the adapter; a
 * paid transaction settles its order once (settle.ts); a refund's outcome goes on its record (refunds.ts). 204 also for a repeat or an order we do not know, so WeChat
 * Pay stops sending; 401 for a forged or stale one and 500 when we could not settle now, so it tries again.
 */
export async function handleWechatNotify(request: NotificationRequest, deps: AppDeps): Promise<NotifyAnswer> {
  const nowMs = deps.realNow();
  const verified = await deps.wechatPay.verifyNotification(request, nowMs);
  if (!verified.ok) {
    logger.warn('payment notification refused', { reason: verified.reason });
    return verified.answer;
  }
  const notification = verified.notification;
  if (notification.kind === 'refund') {
    await applyRefundNotification(notification.refund, nowMs, deps);
    return { statusCode: 204 };
  }
  if (notification.transaction.state !== 'SUCCESS') return { statusCode: 204 };
  const settled = await settlePaid(notification.transaction, nowMs, deps);
  logger.info('payment notification', { outTradeNo: notification.transaction.outTradeNo, settled });
  return { statusCode: 204 };
}
