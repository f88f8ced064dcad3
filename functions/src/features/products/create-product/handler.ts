import { createProductRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createProduct } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: createProductRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createProduct(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
