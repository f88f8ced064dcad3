import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { myWallet } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['member'], run: ({ principal }) => myWallet(principal.memberId!, deps()) }, deps);

export const handler = createHandler();
