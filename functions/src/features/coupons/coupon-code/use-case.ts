import { couponStatusAt, DomainError, formatInZone } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';

const COUPON_CODE_TTL_SECONDS = 300;
const REFRESH_MARGIN_MS = 30_000;

/**
 * A signed, short-lived code of one of the caller's usable coupons, for the QR at the counter, and the same code as
 * digits to print under it (a clerk without a camera types them); both expire together.
 */
export async function couponCode(
  principal: Principal,
  couponId: string,
  now: number,
  deps: Pick<AppDeps, 'coupons' | 'programAt' | 'couponCodes' | 'members'>,
) {
  const [coupon, member, settings] = await Promise.all([
    deps.coupons.coupon(principal.memberId!, couponId),
    deps.members.getById(principal.memberId!),
    deps.programAt(now),
  ]);
  if (!coupon || !member) throw new DomainError('NOT_FOUND', '优惠券不存在');
  if (couponStatusAt(coupon, now) !== 'available') throw new DomainError('COUPON_NOT_USABLE', '这张优惠券已不能使用');
  const { code, digits, expiresAtMs } = deps.couponCodes.issue(
    { memberId: coupon.memberId, memberNo: member.memberNo, couponId: coupon.couponId },
    now,
    COUPON_CODE_TTL_SECONDS,
  );
  return {
    code,
    digits,
    expiresAt: formatInZone(expiresAtMs, settings.timezone),
    refreshAfter: formatInZone(expiresAtMs - REFRESH_MARGIN_MS, settings.timezone),
  };
}
