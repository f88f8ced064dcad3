import { codeBatchRequest, planParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createCodeBatch } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: codeBatchRequest,
      params: planParams,
      idempotent: true,
      successStatus: 201,
      run: ({ body, params, principal, now }) => createCodeBatch(params.planId, body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
