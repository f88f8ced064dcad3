import { pointsHistoryQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { myPoints } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: pointsHistoryQuery,
      run: ({ principal, query, now }) => myPoints(principal, query, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
