import { listQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listPromotions } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], query: listQuery, run: ({ query }) => listPromotions(query, deps()) }, deps);

export const handler = createHandler();
