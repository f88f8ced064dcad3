import { couponParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { couponCode } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: couponParams,
      run: ({ params, principal, now }) => couponCode(principal, params.couponId, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
