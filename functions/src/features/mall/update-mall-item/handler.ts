import { mallItemParams, updateMallItemRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { updateMallItem } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: mallItemParams,
      body: updateMallItemRequest,
      idempotent: true,
      run: ({ params, body, principal, now }) => updateMallItem(params.itemId, body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
