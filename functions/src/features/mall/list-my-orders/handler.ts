import { myOrdersQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { toOrderView } from '../views';

/** The caller's own orders, newest first (a member token only ever reaches its own). */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: myOrdersQuery,
      run: async ({ query, principal }) => {
        const page = await deps().mall.memberOrders(principal.memberId!, query);
        return { items: page.items.map(toOrderView), nextCursor: page.nextCursor };
      },
    },
    deps,
  );

export const handler = createHandler();
