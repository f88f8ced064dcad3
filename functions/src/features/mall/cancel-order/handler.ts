import { orderParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { cancelMyOrder } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: orderParams,
      idempotent: true,
      run: ({ params, principal, now }) => cancelMyOrder(params.orderId, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
