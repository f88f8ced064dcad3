import { myOrdersQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listMyOrders } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: myOrdersQuery,
      run: ({ query, principal }) => listMyOrders(principal, query, deps()),
    },
    deps,
  );

export const handler = createHandler();
