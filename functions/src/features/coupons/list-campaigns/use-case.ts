import type { AppDeps } from '../../../composition';
import { campaignView } from '../campaigns';

/** Campaigns, newest first, each with its results. */
export async function listCampaigns(page: { limit: number; cursor?: string }, deps: Pick<AppDeps, 'coupons'>) {
  const found = await deps.coupons.campaigns(page.limit, page.cursor);
  return {
    items: await Promise.all(found.items.map((campaign) => campaignView(campaign, deps))),
    nextCursor: found.nextCursor,
  };
}
