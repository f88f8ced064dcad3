import { subscriptionsRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { recordSubscriptions } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: subscriptionsRequest,
      idempotent: true,
      run: ({ principal, body, now }) => recordSubscriptions(principal, body, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
