import { campaignParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { claimCoupon } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      params: campaignParams,
      idempotent: true,
      successStatus: 201,
      run: ({ params, principal, now }) => claimCoupon(params.campaignId, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
