import { campaignParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { cancelCampaign } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: campaignParams,
      idempotent: true,
      run: ({ params, principal, now }) => cancelCampaign(params.campaignId, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
