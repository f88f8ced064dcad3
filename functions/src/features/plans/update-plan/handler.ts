import { planParams, planRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { savePlan } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: planRequest,
      params: planParams,
      idempotent: true,
      run: ({ body, params, principal, now }) => savePlan(body, params.planId, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
