import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { memberCode } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['member'], run: ({ principal, now }) => memberCode(principal, now, deps()) }, deps);

export const handler = createHandler();
