import type { CouponView } from '@app/shared';

/**
 * Coupons this session has just read or received (the wallet's rows, a claim), by id: the coupon page shows one at
 * once — there is no single-coupon route — and then reads the wallet again to learn whether it changed.
 */
const recent = new Map<string, CouponView>();

export function rememberCoupons(coupons: readonly CouponView[]): void {
  for (const coupon of coupons) {
    recent.delete(coupon.couponId);
    recent.set(coupon.couponId, coupon);
  }
  while (recent.size > 200) recent.delete(recent.keys().next().value!);
}

export const recentCoupon = (couponId: string): CouponView | null => recent.get(couponId) ?? null;

export const forgetCoupons = (): void => recent.clear();
