import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], run: async () => ({ items: await deps().stores.list(), nextCursor: null }) }, deps);

export const handler = createHandler();
