import type { Principal } from '../../../http/route';
import type { AppDeps } from '../../../composition';
import { myOrder } from '../my-order';
import { toOrderView } from '../views';

/** One of the caller's own orders. */
export const getMyOrder = async (orderId: string, principal: Principal, deps: Pick<AppDeps, 'mall'>) =>
  toOrderView(await myOrder(orderId, principal, deps));
