import type { CouponView } from '@app/shared';
import { momentText, storeScopeText, validFromText } from '../coupons/coupon-words';

export type CouponUse = { ok: true } | { ok: false; label: string; why: string };

/**
 * Whether a scanned coupon can be used at this counter now, and if not, why — in the cashier's words. The server
 * decides again at the purchase (and checks the minimum spend, which needs the amount).
 */
export function couponUseAt(
  coupon: CouponView,
  storeId: string | null | undefined,
  now: number = Date.now(),
): CouponUse {
  if (coupon.status === 'used') {
    return {
      ok: false,
      label: '已使用',
      why: coupon.usedAt
        ? `这张券已于 ${momentText(coupon.usedAt)} 使用，不能重复使用`
        : '这张券已经用过了，不能重复使用',
    };
  }
  if (coupon.status === 'revoked') return { ok: false, label: '已作废', why: '这张券已被作废，不能使用' };
  if (coupon.status === 'expired' || Date.parse(coupon.validUntil) <= now)
    return { ok: false, label: '已过期', why: `这张券已于 ${momentText(coupon.validUntil)} 过期` };
  if (Date.parse(coupon.validFrom) > now)
    return { ok: false, label: '未到使用时间', why: `这张券 ${validFromText(coupon.validFrom)}` };
  if (coupon.storeIds && storeId && !coupon.storeIds.includes(storeId))
    return { ok: false, label: '不适用本店', why: `这张券${storeScopeText(coupon.storeIds, coupon.storeNames)}` };
  return { ok: true };
}
