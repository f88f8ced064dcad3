import { punchProductRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { saveProduct } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: punchProductRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => saveProduct(body, null, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
