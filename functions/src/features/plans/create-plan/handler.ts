import { planRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { savePlan } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: planRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => savePlan(body, null, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
