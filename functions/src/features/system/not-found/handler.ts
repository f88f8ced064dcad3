import { DomainError } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';

/** API Gateway's `$default` route: unknown paths answer in the same error shape as everything else. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: 'public',
      run: async () => {
        throw new DomainError('ROUTE_NOT_FOUND');
      },
    },
    deps,
  );

export const handler = createHandler();
