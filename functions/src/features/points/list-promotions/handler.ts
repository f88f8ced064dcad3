import { listQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    { access: ['marketer'], query: listQuery, run: ({ query }) => deps().promotions.list(query.limit, query.cursor) },
    deps,
  );

export const handler = createHandler();
