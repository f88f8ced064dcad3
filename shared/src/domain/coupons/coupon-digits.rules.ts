/**
 * The coupon code as digits, printed under the coupon's QR so a clerk without a camera can type it:
 *
 *   2 | memberNo (8) | expiresAt, epoch seconds (10) | mac (12)   = 31 digits
 *
 * The mac is an HMAC over the first 19 digits AND the coupon's id, which the digits do not carry: the server finds
 * the member by memberNo and the coupon as the one of theirs whose mac matches. So the digits name exactly one
 * coupon of one member, cannot be altered, and expire with the QR they are printed under. The leading 2 keeps them
 * apart from a member code (35 digits from 1) and a pickup code (8 digits).
 */
export const COUPON_DIGITS_VERSION = '2';
export const COUPON_DIGITS_LENGTH = 31;
export const COUPON_DIGITS_MAC_LENGTH = 12;

export interface CouponDigitsClaims {
  memberNo: string;
  expiresAtSeconds: number;
}

export type CouponDigitsCheck =
  | { ok: true; claims: CouponDigitsClaims; couponId: string }
  | { ok: false; reason: 'MALFORMED' | 'CODE_INVALID' | 'CODE_EXPIRED' };

const SHAPE = new RegExp(`^${COUPON_DIGITS_VERSION}\\d{${COUPON_DIGITS_LENGTH - 1}}$`);

export const isCouponDigitsShape = (code: string): boolean => SHAPE.test(code);

/** What the mac signs: the digits before it, and the coupon they stand for. */
export function couponDigitsPayload(claims: CouponDigitsClaims, couponId: string): string {
  if (!/^\d{8}$/.test(claims.memberNo)) throw new Error('memberNo must be 8 digits');
  return `${couponDigitsPrefix(claims)}|${couponId}`;
}

const couponDigitsPrefix = (claims: CouponDigitsClaims) =>
  `${COUPON_DIGITS_VERSION}${claims.memberNo}${String(claims.expiresAtSeconds).padStart(10, '0')}`;

export function composeCouponDigits(
  claims: CouponDigitsClaims,
  couponId: string,
  mac: (payload: string) => string,
): string {
  return couponDigitsPrefix(claims) + mac(couponDigitsPayload(claims, couponId));
}

/**
 * Checks shape, signature and lifetime, in that order (as the member code does: an altered code is CODE_INVALID even
 * when it is also expired). The signature is checked against each coupon the member holds; the one that matches is
 * the coupon. `couponIds` are the member's, read by the server from the memberNo of the digits.
 */
export function checkCouponDigits(
  code: string,
  nowMs: number,
  couponIds: readonly string[],
  macMatches: (payload: string, mac: string) => boolean,
): CouponDigitsCheck {
  const claims = couponDigitsClaims(code);
  if (!claims) return { ok: false, reason: 'MALFORMED' };
  const mac = code.slice(COUPON_DIGITS_LENGTH - COUPON_DIGITS_MAC_LENGTH);
  const couponId = couponIds.find((id) => macMatches(couponDigitsPayload(claims, id), mac));
  if (couponId === undefined) return { ok: false, reason: 'CODE_INVALID' };
  if (nowMs >= claims.expiresAtSeconds * 1000) return { ok: false, reason: 'CODE_EXPIRED' };
  return { ok: true, claims, couponId };
}

/** The member and expiry the digits claim (unchecked), or null when they are not coupon digits. */
export const couponDigitsClaims = (code: string): CouponDigitsClaims | null =>
  isCouponDigitsShape(code) ? { memberNo: code.slice(1, 9), expiresAtSeconds: Number(code.slice(9, 19)) } : null;
