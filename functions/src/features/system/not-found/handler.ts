import * as z from 'zod';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { routeNotFound } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: 'public',
      // Whatever was sent, the answer is that the route does not exist.
      body: z.unknown(),
      run: routeNotFound,
    },
    deps,
  );

export const handler = createHandler();
