import { orderParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { getMyOrder } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: orderParams,
      run: ({ params, principal }) => getMyOrder(params.orderId, principal, deps()),
    },
    deps,
  );

export const handler = createHandler();
