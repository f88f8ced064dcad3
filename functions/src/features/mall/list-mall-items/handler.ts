import { mallItemsQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listMallItems } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: mallItemsQuery,
      run: ({ query, principal, now }) => listMallItems(principal, query.category, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
