import { myCouponsQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { myCoupons } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: myCouponsQuery,
      run: ({ query, principal, now }) => myCoupons(principal, query.status, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
