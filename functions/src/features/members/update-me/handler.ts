import { patchMeRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { updateProfile } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: patchMeRequest,
      idempotent: true,
      run: ({ principal, body, now }) => updateProfile(principal, body, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
