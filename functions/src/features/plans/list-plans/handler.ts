import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listPlans } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member', 'staff', 'marketer'],
      run: () => listPlans(deps()),
    },
    deps,
  );

export const handler = createHandler();
