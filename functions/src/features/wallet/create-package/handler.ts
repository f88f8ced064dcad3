import { walletPackageRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createPackage } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: walletPackageRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createPackage(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
