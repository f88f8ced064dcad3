import { topupRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createTopup } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: topupRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createTopup(body, principal.memberId!, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
