import type { CouponView } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { walletOf } from '../views';

/** The caller's own coupons (a member token only ever reaches its own wallet). */
export const myCoupons = async (
  principal: Principal,
  status: CouponView['status'] | undefined,
  now: number,
  deps: Pick<AppDeps, 'coupons'>,
) => ({ items: walletOf(await deps.coupons.memberCoupons(principal.memberId!), now, status), nextCursor: null });
