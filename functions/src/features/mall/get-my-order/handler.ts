import { orderParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { myOrder } from '../my-order';
import { toOrderView } from '../views';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: orderParams,
      run: async ({ params, principal }) => toOrderView(await myOrder(params.orderId, principal, deps())),
    },
    deps,
  );

export const handler = createHandler();
