import { createStoreRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createStore } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: createStoreRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createStore(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
