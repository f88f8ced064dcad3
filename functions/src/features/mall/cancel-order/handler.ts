import { orderParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { cancelOrder } from '../cancellation';
import { myOrder } from '../my-order';
import { toOrderView } from '../views';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: orderParams,
      idempotent: true,
      run: async ({ params, principal, now }) => {
        const order = await myOrder(params.orderId, principal, deps());
        return toOrderView(
          await cancelOrder(order.orderId, 'member', { kind: 'member', id: principal.openid }, now, deps()),
        );
      },
    },
    deps,
  );

export const handler = createHandler();
