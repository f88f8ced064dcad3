import { createOrderRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { placeOrder } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: createOrderRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => placeOrder(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
