import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { routeNotFound } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: 'public', run: routeNotFound }, deps);

export const handler = createHandler();
