import { listQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listCouponTemplates } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], query: listQuery, run: ({ query }) => listCouponTemplates(query, deps()) }, deps);

export const handler = createHandler();
