import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { cancelOrder } from '../cancellation';
import { myOrder } from '../my-order';
import { toOrderView } from '../views';

/** The member cancels one of their own orders awaiting pickup; its points go back to where they came from. */
export async function cancelMyOrder(
  orderId: string,
  principal: Principal,
  now: number,
  deps: Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'mall' | 'commit'>,
) {
  const order = await myOrder(orderId, principal, deps);
  return toOrderView(await cancelOrder(order.orderId, 'member', { kind: 'member', id: principal.openid }, now, deps));
}
