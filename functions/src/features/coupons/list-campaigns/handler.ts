import { listQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listCampaigns } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], query: listQuery, run: ({ query }) => listCampaigns(query, deps()) }, deps);

export const handler = createHandler();
