import { analyticsRangeQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { analyticsOverview } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      query: analyticsRangeQuery,
      run: ({ query, now }) => analyticsOverview(query, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
