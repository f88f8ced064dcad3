import { type CouponRefusal, couponRefusalText, errorCatalog } from '@app/shared';
import type { ApiError, ApiErrorCode } from '../../lib/api-error';
import { paymentRefusalText } from './payment-choice';

/** What went wrong with a preview or a confirmation, sorted by what the cashier has to do about it. */
export type PurchaseProblem =
  /** The member code cannot be used (expired, used, unreadable): scan a fresh one; the form is kept. */
  | { kind: 'code'; message: string }
  /** Another purchase of this store already has this receipt number. */
  | { kind: 'receipt'; message: string }
  /** The coupon picked cannot be used in this purchase (the server's reason and words); shown next to the coupon. */
  | { kind: 'coupon'; message: string; couponId: string | null; reason: string | null }
  /** The wallet or the points were refused (balance changed, points-as-cash rules): choose again after a new preview. */
  | { kind: 'payment'; message: string }
  /** Anything else (network, server): the same action can simply be tried again. */
  | { kind: 'other'; message: string };

const CODE_MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  CODE_EXPIRED: '会员码已过期，请让顾客刷新会员码后重新扫码',
  CODE_USED: '这个会员码已经用过了，请让顾客刷新会员码后重新扫码',
  CODE_INVALID: '会员码无法识别，请让顾客刷新会员码后重新扫码',
};

export function purchaseProblem(error: ApiError): PurchaseProblem {
  const codeMessage = CODE_MESSAGES[error.code];
  if (codeMessage) return { kind: 'code', message: codeMessage };
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details?.issues)) {
    const paths = (error.details!.issues as { path?: unknown }[]).map((issue) => String(issue.path ?? ''));
    if (paths.some((path) => path.startsWith('body.memberCode')))
      return { kind: 'code', message: CODE_MESSAGES.CODE_INVALID! };
  }
  if (error.code === 'COUPON_NOT_USABLE') {
    const reason = typeof error.details?.reason === 'string' ? error.details.reason : null;
    const couponId = typeof error.details?.couponId === 'string' ? error.details.couponId : null;
    // The server's own words are Chinese; should they be missing, the reason is named from the shared rules.
    const generic = error.message === errorCatalog.COUPON_NOT_USABLE.message;
    const known = reason && reason in couponRefusalText ? couponRefusalText[reason as CouponRefusal] : null;
    const message = reason === 'TOO_MANY' ? '每笔消费限用一张优惠券' : generic && known ? known : error.message;
    return { kind: 'coupon', message, couponId, reason };
  }
  if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details?.issues)) {
    const paths = (error.details!.issues as { path?: unknown }[]).map((issue) => String(issue.path ?? ''));
    if (paths.some((path) => path.startsWith('body.couponIds')))
      return { kind: 'coupon', message: '每笔消费限用一张优惠券', couponId: null, reason: 'TOO_MANY' };
  }
  const payment = paymentRefusalText(error);
  if (payment) return { kind: 'payment', message: payment };
  if (error.code === 'RECEIPT_DUPLICATE')
    return { kind: 'receipt', message: '这个小票号已经登记过一笔消费，请核对小票号' };
  if (error.code === 'NETWORK')
    return { kind: 'other', message: '网络不太好，没有收到结果，请点击重试（不会重复记录）' };
  return { kind: 'other', message: error.message };
}
