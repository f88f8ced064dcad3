import { myCouponsQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { walletOf } from '../views';

/** The caller's own coupons (a member token only ever reaches its own wallet). */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: myCouponsQuery,
      run: async ({ query, principal, now }) => ({
        items: walletOf(await deps().coupons.memberCoupons(principal.memberId!), now, query.status),
        nextCursor: null,
      }),
    },
    deps,
  );

export const handler = createHandler();
