import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { walletPackages } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['member', 'staff', 'marketer'], run: ({ now }) => walletPackages(now, deps()) }, deps);

export const handler = createHandler();
