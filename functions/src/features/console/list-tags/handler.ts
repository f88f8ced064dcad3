import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listTags } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], run: () => listTags(deps()) }, deps);

export const handler = createHandler();
