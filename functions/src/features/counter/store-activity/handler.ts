import { activityQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { storeActivity } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      query: activityQuery,
      run: ({ query, principal, now }) => storeActivity(principal.storeId!, query, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
