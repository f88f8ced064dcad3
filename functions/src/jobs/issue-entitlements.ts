import type { AppDeps } from '../composition';
import { automaticCoupon } from '../features/coupons/issue';
import { issueOnce } from '../features/coupons/issue-once';

/**
 * Honours upgrade-gift coupons recorded as pending entitlements (before coupons existed, or while the program named
 * no template): each becomes its coupon and is marked issued in one transaction, exactly once.
 */
export async function issueEntitlements(nowMs: number, deps: AppDeps): Promise<Record<string, number>> {
  const settings = await deps.programAt(nowMs);
  const pending = await deps.entitlements.pending();
  let issued = 0;
  let waiting = 0;
  for (const entitlement of pending) {
    const member = await deps.members.getById(entitlement.memberId);
    const coupon = member
      ? await automaticCoupon(
          settings.automaticCoupons.upgrade[entitlement.levelCode],
          {
            member,
            couponId: `upgrade-${entitlement.entitlementId}`,
            source: 'upgrade-gift',
            sourceId: entitlement.entitlementId,
          },
          settings,
          nowMs,
          deps,
        )
      : null;
    if (!coupon) {
      waiting++;
      continue;
    }
    issued += await issueOnce([coupon], deps, [deps.entitlements.issuedWrite(entitlement, coupon.couponId)]);
  }
  return { pending: pending.length, issued, waiting };
}
