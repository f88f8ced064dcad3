import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { health } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: 'public', run: async () => health(deps()) }, deps);

export const handler = createHandler();
