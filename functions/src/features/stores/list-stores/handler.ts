import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listStores } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], run: () => listStores(deps()) }, deps);

export const handler = createHandler();
