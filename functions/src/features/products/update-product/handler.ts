import * as z from 'zod';
import { skuCode, updateProductRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { updateProduct } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: updateProductRequest,
      idempotent: true,
      params: z.object({ sku: skuCode }),
      run: ({ body, params, principal, now }) => updateProduct(params.sku, body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
