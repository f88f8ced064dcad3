import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { counterProducts } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['staff'], run: () => counterProducts(deps()) }, deps);

export const handler = createHandler();
