import { phoneRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { bindPhone } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: phoneRequest,
      idempotent: true,
      run: ({ principal, body, now }) => bindPhone(principal, body.code, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
