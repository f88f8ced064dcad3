import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { adminPackages } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], run: () => adminPackages(deps()) }, deps);

export const handler = createHandler();
