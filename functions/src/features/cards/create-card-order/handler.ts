import { orderRequest, productParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createCardOrder } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: orderRequest,
      params: productParams,
      idempotent: true,
      successStatus: 201,
      run: ({ body, params, principal, now }) =>
        createCardOrder(params.productId, body.payWith, principal.memberId!, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
