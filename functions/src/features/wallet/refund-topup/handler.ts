import * as z from 'zod';
import { topupRefundRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { refundTopup } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: topupRefundRequest,
      params: z.object({ topupId: z.string().regex(/^T[UC][0-9A-HJKMNP-TV-Z]{26}$/, 'a top-up id') }),
      idempotent: true,
      successStatus: 201,
      run: ({ body, params, principal, now }) => refundTopup(params.topupId, body.reason, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
