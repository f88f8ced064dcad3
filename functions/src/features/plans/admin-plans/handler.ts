import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { adminPlans } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      run: () => adminPlans(deps()),
    },
    deps,
  );

export const handler = createHandler();
