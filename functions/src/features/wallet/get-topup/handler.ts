import * as z from 'zod';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { settleIfPaid } from '../../payments/settle';
import { getTopup } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: z.object({ topupId: z.string().regex(/^TU[0-9A-HJKMNP-TV-Z]{26}$/, 'a top-up id') }),
      run: ({ params, principal, now }) =>
        getTopup(params.topupId, principal.memberId!, {
          ...deps(),
          settle: (outTradeNo) => settleIfPaid(outTradeNo, now, deps()),
        }),
    },
    deps,
  );

export const handler = createHandler();
