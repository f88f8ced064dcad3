import { purchaseLookupQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { findPurchase } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      query: purchaseLookupQuery,
      run: ({ query, principal, now }) => findPurchase(principal.storeId!, query.receiptNo, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
