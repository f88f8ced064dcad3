import { analyticsRangeQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { salesAnalytics } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      query: analyticsRangeQuery,
      run: ({ query, now }) => salesAnalytics(query, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
