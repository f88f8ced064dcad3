import { sellCardRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { sellCard } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: sellCardRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => sellCard(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
