import * as z from 'zod';
import { refundRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { refundPurchase } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      // Only an absent body means "all that remains"; `null`, arrays and strings are refused like any bad body.
      body: z.preprocess((body) => (body === undefined ? {} : body), refundRequest),
      params: z.object({ purchaseId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a purchase id') }),
      idempotent: true,
      successStatus: 201,
      run: ({ body, params, principal, now }) =>
        refundPurchase(params.purchaseId, body.amountFen, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
