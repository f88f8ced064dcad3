import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listProducts } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member', 'staff', 'marketer'],
      run: () => listProducts(deps()),
    },
    deps,
  );

export const handler = createHandler();
