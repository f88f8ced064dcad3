import { storeTopupRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { storeTopup } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: storeTopupRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => storeTopup(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
