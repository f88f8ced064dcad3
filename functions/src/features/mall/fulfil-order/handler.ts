import { fulfilOrderRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { handOut } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: fulfilOrderRequest,
      idempotent: true,
      run: ({ body, principal, now }) => handOut(body.pickupCode, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
