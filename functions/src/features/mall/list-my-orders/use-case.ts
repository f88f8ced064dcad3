import type { myOrdersQuery } from '@app/shared';
import type * as z from 'zod';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { toOrderView } from '../views';

/** The caller's own orders, newest first (a member token only ever reaches its own). */
export async function listMyOrders(
  principal: Principal,
  query: z.infer<typeof myOrdersQuery>,
  deps: Pick<AppDeps, 'mall'>,
) {
  const page = await deps.mall.memberOrders(principal.memberId!, query);
  return { items: page.items.map(toOrderView), nextCursor: page.nextCursor };
}
