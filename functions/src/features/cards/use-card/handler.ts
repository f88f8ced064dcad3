import { useCardRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { takeCardUses } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: useCardRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => takeCardUses(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
