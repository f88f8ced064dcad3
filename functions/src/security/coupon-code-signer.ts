import { createHmac, timingSafeEqual } from 'node:crypto';
import { checkCouponCode, composeCouponCode, type CouponCodeCheck } from '@app/shared';

/** Coupon codes are signed with the member-code secret under their own label, so neither code can pass as the other. */
const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`coupon|${payload}`).digest('base64url').slice(0, 16);

export function couponCodeSigner(secret: string) {
  return {
    issue(
      memberId: string,
      couponId: string,
      nowMs: number,
      ttlSeconds: number,
    ): { code: string; expiresAtMs: number } {
      const expiresAtSeconds = Math.floor(nowMs / 1000) + ttlSeconds;
      return {
        code: composeCouponCode({ memberId, couponId, expiresAtSeconds }, (payload) => mac(secret, payload)),
        expiresAtMs: expiresAtSeconds * 1000,
      };
    },
    check(code: string, nowMs: number): CouponCodeCheck {
      return checkCouponCode(code, nowMs, (payload, given) => {
        const expected = Buffer.from(mac(secret, payload));
        const actual = Buffer.from(given);
        return actual.length === expected.length && timingSafeEqual(actual, expected);
      });
    },
  };
}

export type CouponCodeSigner = ReturnType<typeof couponCodeSigner>;
