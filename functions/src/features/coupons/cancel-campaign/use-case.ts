import { DomainError, type CampaignView } from '@app/shared';
import { CAMPAIGN_CHANGED } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { actorOf, campaignOrMissing, campaignView } from '../campaigns';

type Deps = Pick<AppDeps, 'coupons' | 'audit' | 'commit'>;

/** Stops a campaign: no more claims or dispatch. Coupons already issued stay valid (they are the members' now). */
export async function cancelCampaign(
  campaignId: string,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
): Promise<CampaignView> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const campaign = await campaignOrMissing(campaignId, deps);
    if (campaign.status === 'cancelled' || campaign.status === 'completed') {
      if (campaign.status === 'completed')
        throw new DomainError('VALIDATION_FAILED', '活动已完成，无法取消', {
          issues: [{ path: 'campaignId', message: 'the campaign has completed' }],
        });
      return campaignView(campaign, deps);
    }
    const at = new Date(nowMs).toISOString();
    const outcome = await deps.commit([
      deps.coupons.statusWrite(campaign, 'cancelled', { cancelledAt: at }),
      deps.audit.write({
        auditId: newIdFactory()(nowMs),
        at,
        actor: actorOf(marketer),
        action: 'campaign.cancel',
        target: { kind: 'campaign', id: campaignId },
        before: { status: campaign.status },
        after: { status: 'cancelled' },
      }),
    ]);
    if (outcome.ok) return campaignView({ ...campaign, status: 'cancelled', cancelledAt: at }, deps);
    if (!('failed' in outcome && outcome.failed.includes(CAMPAIGN_CHANGED))) break;
  }
  throw new Error(`campaign ${campaignId} could not be cancelled`);
}
