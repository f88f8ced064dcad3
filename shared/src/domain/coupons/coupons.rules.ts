import type { CouponStatus, CouponType, CouponValidity } from '../../contracts/coupons';
import { addDaysToDate } from '../time/calendar';
import { businessDateOf, zonedTimeToInstant } from '../time/program-time';

/** The terms a coupon carries (copied from its template when issued, so later edits never change it). */
export interface CouponTerms {
  type: CouponType;
  valueFen: number | null;
  percent: number | null;
  maxDiscountFen: number | null;
  minSpendFen: number;
  storeIds: readonly string[] | null;
}

export interface HeldCoupon extends CouponTerms {
  memberId: string;
  status: 'available' | 'used' | 'revoked';
  validFrom: string;
  validUntil: string;
}

/**
 * When a coupon issued at `issuedAtMs` is valid. Fixed: the template's dates. Relative: from the issue (or the
 * start of the day `startOffsetDays` later) through the end of the `days`-th business day, in program time —
 * "valid 14 days" issued on the 1st at 10:00 is good until the 15th at 00:00.
 */
export function couponValidityWindow(
  validity: CouponValidity,
  issuedAtMs: number,
  timeZone: string,
): { validFrom: string; validUntil: string } {
  if (validity.kind === 'fixed')
    return { validFrom: new Date(validity.from).toISOString(), validUntil: new Date(validity.until).toISOString() };
  const issueDate = businessDateOf(issuedAtMs, timeZone);
  const offset = validity.startOffsetDays ?? 0;
  const validFrom = offset === 0 ? issuedAtMs : zonedTimeToInstant(addDaysToDate(issueDate, offset), timeZone);
  const validUntil = zonedTimeToInstant(addDaysToDate(issueDate, offset + validity.days), timeZone);
  return { validFrom: new Date(validFrom).toISOString(), validUntil: new Date(validUntil).toISOString() };
}

/** The state a member sees: an available coupon past its end is expired, whether or not any job has run. */
export function couponStatusAt(coupon: Pick<HeldCoupon, 'status' | 'validUntil'>, nowMs: number): CouponStatus {
  if (coupon.status === 'available' && nowMs >= Date.parse(coupon.validUntil)) return 'expired';
  return coupon.status;
}

export type CouponRefusal =
  | 'NOT_YOURS'
  | 'USED'
  | 'REVOKED'
  | 'EXPIRED'
  | 'NOT_STARTED'
  | 'WRONG_STORE'
  | 'BELOW_MIN_SPEND';

/** Why a coupon cannot be used in this purchase, or null. The minimum spend is checked after the level discount. */
export function couponRefusal(
  coupon: HeldCoupon,
  use: { memberId: string; storeId: string; amountAfterLevelFen: number; nowMs: number },
): CouponRefusal | null {
  if (coupon.memberId !== use.memberId) return 'NOT_YOURS';
  if (coupon.status === 'used') return 'USED';
  if (coupon.status === 'revoked') return 'REVOKED';
  if (use.nowMs >= Date.parse(coupon.validUntil)) return 'EXPIRED';
  if (use.nowMs < Date.parse(coupon.validFrom)) return 'NOT_STARTED';
  if (coupon.storeIds && !coupon.storeIds.includes(use.storeId)) return 'WRONG_STORE';
  if (use.amountAfterLevelFen < coupon.minSpendFen) return 'BELOW_MIN_SPEND';
  return null;
}

/** What a refusal tells the cashier. */
export const couponRefusalText: Record<CouponRefusal, string> = {
  NOT_YOURS: '这张优惠券不属于该会员',
  USED: '优惠券已使用',
  REVOKED: '优惠券已作废',
  EXPIRED: '优惠券已过期',
  NOT_STARTED: '优惠券还未到可用时间',
  WRONG_STORE: '优惠券不适用于本门店',
  BELOW_MIN_SPEND: '未达到优惠券的使用门槛',
};

/**
 * The discount on the amount after the level discount, never more than that amount. percent_off 88 takes 12% off
 * (rounded down to the fen), capped at maxDiscountFen; a gift coupon takes off its nominal value (the gift's price).
 */
export function couponDiscount(coupon: CouponTerms, amountAfterLevelFen: number): number {
  let discount: number;
  if (coupon.type === 'percent_off') {
    discount = Math.floor((amountAfterLevelFen * (100 - (coupon.percent ?? 100))) / 100);
    if (coupon.maxDiscountFen !== null) discount = Math.min(discount, coupon.maxDiscountFen);
  } else {
    discount = coupon.valueFen ?? 0;
  }
  return Math.max(0, Math.min(discount, amountAfterLevelFen));
}

/** The most a coupon can cost the brand (budget caps count this per coupon issued). */
export function couponFaceValue(coupon: CouponTerms): number {
  if (coupon.type === 'percent_off') return coupon.maxDiscountFen ?? 0;
  return coupon.valueFen ?? 0;
}

/** Wallet order: usable ones that end soonest first, then the rest newest first. */
export function walletOrder<T extends { status: CouponStatus; validUntil: string; issuedAt: string }>(
  coupons: readonly T[],
): T[] {
  const available = coupons
    .filter((coupon) => coupon.status === 'available')
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil));
  const others = coupons
    .filter((coupon) => coupon.status !== 'available')
    .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
  return [...available, ...others];
}
