import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { openApi } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: 'public', run: async () => openApi(deps()) }, deps);

export const handler = createHandler();
