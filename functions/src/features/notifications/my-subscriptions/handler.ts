import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { mySubscriptions } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['member'], run: ({ principal, now }) => mySubscriptions(principal, now, deps()) }, deps);

export const handler = createHandler();
