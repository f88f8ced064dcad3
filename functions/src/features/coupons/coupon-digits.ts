import { couponDigitsClaims, DomainError } from '@app/shared';
import type { CouponRecord, MemberRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/** Why a coupon code (QR or digits) is refused at the counter, in the clerk's words. */
export function couponCodeRefusal(reason: 'CODE_INVALID' | 'CODE_EXPIRED'): DomainError {
  return new DomainError(reason, reason === 'CODE_EXPIRED' ? '券码已过期，请让顾客刷新后重新出示' : '券码无效');
}

/**
 * The coupon that typed digits (printed under the coupon's QR) stand for: the member named by their memberNo, and
 * the one of that member's coupons whose signature they carry (read with the member, in one Query). A memberNo nobody holds reads like a wrong signature
 * (CODE_INVALID), so digits tell nothing about who is a member.
 */
export async function couponFromDigits(
  digits: string,
  nowMs: number,
  deps: Pick<AppDeps, 'members' | 'couponCodes'>,
): Promise<{ coupon: CouponRecord; member: MemberRecord }> {
  const claims = couponDigitsClaims(digits);
  // One Query: the member and its coupons share its memberNo partition of the index.
  const holdings = claims ? await deps.members.atCounter(claims.memberNo) : undefined;
  const member = holdings?.member;
  const coupons = holdings?.coupons ?? [];
  const check = deps.couponCodes.checkDigits(
    digits,
    nowMs,
    coupons.map((coupon) => coupon.couponId),
  );
  if (!check.ok) {
    if (check.reason === 'MALFORMED')
      throw new DomainError('VALIDATION_FAILED', '无法识别的券码', {
        issues: [{ path: 'body.code', message: 'not coupon digits' }],
      });
    throw couponCodeRefusal(check.reason);
  }
  return { coupon: coupons.find((coupon) => coupon.couponId === check.couponId)!, member: member! };
}
