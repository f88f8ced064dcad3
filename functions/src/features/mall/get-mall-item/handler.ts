import { mallItemParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { getMallItem } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: mallItemParams,
      run: ({ params, principal, now }) => getMallItem(principal, params.itemId, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
