import { adminTopupsQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { adminTopups } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    { access: ['marketer'], query: adminTopupsQuery, run: ({ query, now }) => adminTopups(query, now, deps()) },
    deps,
  );

export const handler = createHandler();
