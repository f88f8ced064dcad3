/**
 * The coupon code shown as a QR at the counter: `CPN.<memberId>.<couponId>.<expires epoch s>.<mac>`. It names the
 * coupon directly (one read at the counter) and is signed by the server, so it cannot be forged or altered, and
 * it expires (a screenshot is useless minutes later). Staff without a camera scan the member code instead and pick
 * the coupon from the member's list.
 */
export interface CouponCodeClaims {
  memberId: string;
  couponId: string;
  expiresAtSeconds: number;
}

const PREFIX = 'CPN';
const ID = /^[A-Za-z0-9-]{1,80}$/;

export const isCouponCode = (code: string) => code.startsWith(`${PREFIX}.`);

export function composeCouponCode(claims: CouponCodeClaims, sign: (payload: string) => string): string {
  if (!ID.test(claims.memberId) || !ID.test(claims.couponId))
    throw new Error('coupon code ids are letters, digits and -');
  const payload = `${PREFIX}.${claims.memberId}.${claims.couponId}.${claims.expiresAtSeconds}`;
  return `${payload}.${sign(payload)}`;
}

export type CouponCodeCheck =
  | { ok: true; claims: CouponCodeClaims }
  | { ok: false; reason: 'MALFORMED' | 'CODE_INVALID' | 'CODE_EXPIRED' };

export function checkCouponCode(
  code: string,
  nowMs: number,
  verify: (payload: string, mac: string) => boolean,
): CouponCodeCheck {
  const parts = code.trim().split('.');
  if (parts.length !== 5 || parts[0] !== PREFIX) return { ok: false, reason: 'MALFORMED' };
  const [, memberId, couponId, expires, mac] = parts as [string, string, string, string, string];
  if (!ID.test(memberId) || !ID.test(couponId) || !/^\d{10}$/.test(expires) || !mac)
    return { ok: false, reason: 'MALFORMED' };
  if (!verify(`${PREFIX}.${memberId}.${couponId}.${expires}`, mac)) return { ok: false, reason: 'CODE_INVALID' };
  const expiresAtSeconds = Number(expires);
  if (nowMs >= expiresAtSeconds * 1000) return { ok: false, reason: 'CODE_EXPIRED' };
  return { ok: true, claims: { memberId, couponId, expiresAtSeconds } };
}
