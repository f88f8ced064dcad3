import { bulkTagRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { bulkTag } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: bulkTagRequest,
      idempotent: true,
      run: ({ body, principal, now }) => bulkTag(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
