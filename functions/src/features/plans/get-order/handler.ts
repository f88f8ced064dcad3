import * as z from 'zod';
import { settleIfPaid } from '../../payments/settle';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { getOrder } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: z.object({ orderId: z.string().regex(/^P[A-Z][0-9A-HJKMNP-TV-Z]{26}$/, 'an order id') }),
      run: ({ params, principal, now }) =>
        getOrder(params.orderId, principal.memberId!, { ...deps(), settle: (id) => settleIfPaid(id, now, deps()) }),
    },
    deps,
  );

export const handler = createHandler();
