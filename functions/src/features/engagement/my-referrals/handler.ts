import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { myReferrals } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['member'], run: ({ principal, now }) => myReferrals(principal, now, deps()) }, deps);

export const handler = createHandler();
