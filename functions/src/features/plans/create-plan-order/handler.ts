import { orderRequest, planParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createPlanOrder } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: orderRequest,
      params: planParams,
      idempotent: true,
      successStatus: 201,
      run: ({ body, params, principal, now }) =>
        createPlanOrder(params.planId, body.payWith, principal.memberId!, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
