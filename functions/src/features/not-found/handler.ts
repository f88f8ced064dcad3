import * as z from 'zod';
import { DomainError } from '@app/shared';
import { appDeps, type AppDeps } from '../../composition';
import { httpRoute } from '../../http/route';

/** API Gateway's `$default` route: unknown paths answer in the same error shape as everything else. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: 'public',
      // Whatever was sent, the answer is that the route does not exist.
      body: z.unknown(),
      run: async () => {
        throw new DomainError('ROUTE_NOT_FOUND');
      },
    },
    deps,
  );

export const handler = createHandler();
