import { campaignParams, DomainError } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { campaignView } from '../campaigns';

/** A campaign with its results and, while dispatching, its progress. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: campaignParams,
      run: async ({ params }) => {
        const campaign = await deps().coupons.campaign(params.campaignId, true);
        if (!campaign) throw new DomainError('NOT_FOUND', '活动不存在');
        return campaignView(campaign, deps());
      },
    },
    deps,
  );

export const handler = createHandler();
