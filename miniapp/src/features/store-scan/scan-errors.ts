import { errorCatalog, isCouponDigitsShape } from '@app/shared';
import { type ApiError, type ApiErrorCode, messageFor } from '../../lib/api-error';

/** A coupon code of the wallet: its QR's `CPN.<member>.<coupon>.<expiry>.<signature>`, or the 31 digits under it. */
export const looksLikeCouponCode = (code: string): boolean => /^CPN\./i.test(code) || isCouponDigitsShape(code);

/** An 8-digit code is a pickup code of the points mall (member codes are much longer). */
export const looksLikePickupCode = (code: string): boolean => /^\d{8}$/.test(code);

/**
 * At the counter every unreadable code means the same thing to the cashier — ask for a fresh one — so a
 * malformed code reads like an invalid one. A pickup code or coupon code that is not known says so. Other errors
 * keep the server's message.
 */
export function scanErrorMessage(error: ApiError, code = ''): string {
  if (looksLikeCouponCode(code)) {
    if (error.code === 'CODE_EXPIRED') return '券码已过期，请让顾客刷新优惠券后重新出示';
    if (error.code === 'VALIDATION_FAILED' || error.code === 'CODE_INVALID')
      return '券码无效，请让顾客打开优惠券重新出示';
    if (error.code === 'NOT_FOUND') return '没有找到这张优惠券，请让顾客重新出示';
  }
  if (looksLikePickupCode(code)) {
    if (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED' || error.code === 'CODE_INVALID')
      return '没有找到这个提货码，请核对 8 位数字后重新输入';
    const refusal = handoutRefusal(error.code);
    if (refusal) return refusal;
  }
  if (error.code === 'VALIDATION_FAILED' || error.code === 'NOT_FOUND') return errorCatalog.CODE_INVALID.message;
  return error.message || messageFor(error.code);
}

/** Why an order cannot be handed out, in the counter's words; null for other errors. */
export function handoutRefusal(code: ApiErrorCode): string | null {
  switch (code) {
    case 'ORDER_ALREADY_FULFILLED':
      return '这份礼品已经发放过了，不能重复发放';
    case 'ORDER_CANCELLED':
      return '会员已取消这次兑换，不能发放';
    case 'PICKUP_EXPIRED':
      return '提货码已过期，不能发放（积分会自动退回会员）';
    case 'NOT_FOUND':
      return '没有找到这个提货码对应的兑换';
    default:
      return null;
  }
}
