import { campaignParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { getCampaign } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    { access: ['marketer'], params: campaignParams, run: ({ params }) => getCampaign(params.campaignId, deps()) },
    deps,
  );

export const handler = createHandler();
