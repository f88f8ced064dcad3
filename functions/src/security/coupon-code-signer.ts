import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  checkCouponCode,
  checkCouponDigits,
  composeCouponCode,
  composeCouponDigits,
  COUPON_DIGITS_MAC_LENGTH,
  type CouponCodeCheck,
  type CouponDigitsCheck,
} from '@app/shared';

/** Coupon codes are signed with the member-code secret under their own label, so neither code can pass as the other. */
const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`coupon|${payload}`).digest('base64url').slice(0, 16);

/** 48 bits of HMAC-SHA256 as 12 decimal digits (~40 bits), under a label of their own. */
function macDigits(secret: string, payload: string): string {
  const digest = createHmac('sha256', secret).update(`coupon-digits|${payload}`).digest();
  return String(digest.readUIntBE(0, 6) % 10 ** COUPON_DIGITS_MAC_LENGTH).padStart(COUPON_DIGITS_MAC_LENGTH, '0');
}

const sameText = (expected: string, given: string) => {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
};

export function couponCodeSigner(secret: string) {
  return {
    /** The QR's code and, with the same expiry, the digits printed under it. */
    issue(
      coupon: { memberId: string; memberNo: string; couponId: string },
      nowMs: number,
      ttlSeconds: number,
    ): { code: string; digits: string; expiresAtMs: number } {
      const expiresAtSeconds = Math.floor(nowMs / 1000) + ttlSeconds;
      const { memberId, memberNo, couponId } = coupon;
      return {
        code: composeCouponCode({ memberId, couponId, expiresAtSeconds }, (payload) => mac(secret, payload)),
        digits: composeCouponDigits({ memberNo, expiresAtSeconds }, couponId, (payload) => macDigits(secret, payload)),
        expiresAtMs: expiresAtSeconds * 1000,
      };
    },
    check(code: string, nowMs: number): CouponCodeCheck {
      return checkCouponCode(code, nowMs, (payload, given) => sameText(mac(secret, payload), given));
    },
    /** Typed digits, against the coupons of the member they name. */
    checkDigits(digits: string, nowMs: number, couponIds: readonly string[]): CouponDigitsCheck {
      return checkCouponDigits(digits, nowMs, couponIds, (payload, given) =>
        sameText(macDigits(secret, payload), given),
      );
    },
  };
}

export type CouponCodeSigner = ReturnType<typeof couponCodeSigner>;
