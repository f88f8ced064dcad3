import { productImportRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { importProducts } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: productImportRequest,
      idempotent: true,
      run: ({ body, principal, now }) => importProducts(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
