import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listAdminMallItems } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], run: ({ now }) => listAdminMallItems(now, deps()) }, deps);

export const handler = createHandler();
