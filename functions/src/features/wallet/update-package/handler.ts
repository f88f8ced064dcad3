import * as z from 'zod';
import { walletPackageRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { updatePackage } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: walletPackageRequest,
      idempotent: true,
      params: z.object({ packageId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a package id') }),
      run: ({ body, params, principal, now }) => updatePackage(params.packageId, body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
