import { purchaseRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { recordPurchase } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: purchaseRequest,
      idempotent: true,
      accountCheckedInWrite: true,
      successStatus: 201,
      run: ({ body, principal, now }) => recordPurchase(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
