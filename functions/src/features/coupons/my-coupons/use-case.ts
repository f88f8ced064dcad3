import type { CouponView } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { storeNamesOf } from '../../../core/store-names';
import { storesNamedBy, walletOf } from '../views';

/** The caller's own coupons (a member token only ever reaches its own wallet). */
export async function myCoupons(
  principal: Principal,
  status: CouponView['status'] | undefined,
  now: number,
  deps: Pick<AppDeps, 'coupons' | 'stores'>,
) {
  const coupons = await deps.coupons.memberCoupons(principal.memberId!);
  const storeNames = await storeNamesOf(coupons.flatMap(storesNamedBy), deps);
  return { items: walletOf(coupons, now, storeNames, status), nextCursor: null };
}
