import type { AppDeps } from '../../../composition';
import { campaignOrMissing, campaignView } from '../campaigns';

/** A campaign with its results and, while dispatching, its progress. */
export const getCampaign = async (campaignId: string, deps: Pick<AppDeps, 'coupons'>) =>
  campaignView(await campaignOrMissing(campaignId, deps), deps);
