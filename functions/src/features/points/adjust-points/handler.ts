import * as z from 'zod';
import { pointsAdjustmentRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { adjustPoints } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: pointsAdjustmentRequest,
      params: z.object({ memberId: z.string().min(1).max(64) }),
      idempotent: true,
      successStatus: 201,
      run: ({ body, params, principal, now }) =>
        adjustPoints(params.memberId, body.points, body.reason, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
