import { storeParams, updateStoreRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { updateStore } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: storeParams,
      body: updateStoreRequest,
      idempotent: true,
      run: ({ params, body, principal, now }) => updateStore(params.storeId, body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
