import { productParams, punchProductRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { saveProduct } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: punchProductRequest,
      params: productParams,
      idempotent: true,
      run: ({ body, params, principal, now }) => saveProduct(body, params.productId, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
