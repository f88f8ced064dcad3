import type { CampaignView } from '@app/shared';
import type { CampaignRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { actorOf, campaignOrMissing, campaignView } from '../campaigns';
import { startDispatch } from '../dispatch';

type Deps = Pick<AppDeps, 'coupons' | 'engagement' | 'programAt' | 'audit' | 'commit' | 'dispatchQueue'>;

/**
 * Launches a draft: a claim campaign opens in the claim center; a push campaign dispatches now (or waits for its
 * time, when the `dispatch-campaigns` job starts it). Launching twice changes nothing more.
 */
export async function launchCampaign(
  campaignId: string,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
): Promise<CampaignView> {
  const campaign = await campaignOrMissing(campaignId, deps);
  if (campaign.status !== 'draft') return campaignView(campaign, deps);
  const at = new Date(nowMs).toISOString();
  const scheduled = campaign.kind === 'push' && campaign.scheduleAt !== null && Date.parse(campaign.scheduleAt) > nowMs;
  const to = campaign.kind === 'claim' ? 'active' : scheduled ? 'scheduled' : 'dispatching';
  const outcome = await deps.commit([
    deps.coupons.statusWrite(campaign, to, { launchedAt: at }),
    deps.audit.write({
      auditId: newIdFactory()(nowMs),
      at,
      actor: actorOf(marketer),
      action: 'campaign.launch',
      target: { kind: 'campaign', id: campaignId },
      before: { status: campaign.status },
      after: { status: to },
    }),
  ]);
  if (!outcome.ok) return campaignView(await campaignOrMissing(campaignId, deps), deps); // launched by someone else meanwhile
  const launched = { ...campaign, status: to, launchedAt: at } as CampaignRecord;
  if (to === 'dispatching') await startDispatch(launched, nowMs, deps);
  return campaignView(await campaignOrMissing(campaignId, deps), deps);
}
