import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { adminProducts } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      run: () => adminProducts(deps()),
    },
    deps,
  );

export const handler = createHandler();
