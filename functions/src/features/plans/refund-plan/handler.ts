import * as z from 'zod';
import { moneyRefundRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { refundPlan } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: moneyRefundRequest,
      params: z.object({ memberId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a member id') }),
      idempotent: true,
      successStatus: 201,
      run: ({ body, params, principal, now }) => refundPlan(params.memberId, body.reason, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
