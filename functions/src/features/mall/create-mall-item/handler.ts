import { createMallItemRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createMallItem } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: createMallItemRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createMallItem(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
