import { exportQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { exportReport } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    { access: ['marketer'], query: exportQuery, run: ({ query, now }) => exportReport(query, now, deps()) },
    deps,
  );

export const handler = createHandler();
