import type { CampaignRequest, CampaignView } from '@app/shared';
import type { CampaignRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { actorOf, campaignView, checkAudience, invalid } from '../campaigns';

type Deps = Pick<AppDeps, 'coupons' | 'programAt' | 'audit' | 'commit'>;

/** A campaign in draft: nothing is issued until it is launched. */
export async function createCampaign(
  body: CampaignRequest,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
): Promise<CampaignView> {
  const [settings, template] = await Promise.all([deps.programAt(nowMs), deps.coupons.template(body.templateId)]);
  if (!template) throw invalid('body.templateId', 'unknown coupon template', '优惠券模板不存在');
  checkAudience(body.audience, settings);
  if (body.scheduleAt && Date.parse(body.scheduleAt) <= nowMs)
    throw invalid('body.scheduleAt', 'scheduleAt is in the past', '定时发放时间须晚于现在');
  const newId = newIdFactory();
  const at = new Date(nowMs).toISOString();
  const campaign: CampaignRecord = {
    campaignId: newId(nowMs).toLowerCase(),
    name: body.name,
    kind: body.kind,
    templateId: body.templateId,
    audience: body.audience,
    status: 'draft',
    scheduleAt: body.scheduleAt ? new Date(body.scheduleAt).toISOString() : null,
    notify: body.notify,
    stock: body.stock ?? null,
    perMemberLimit: body.perMemberLimit ?? 1,
    claimFrom: body.claimFrom ? new Date(body.claimFrom).toISOString() : null,
    claimUntil: body.claimUntil ? new Date(body.claimUntil).toISOString() : null,
    budgetFen: body.budgetFen ?? null,
    claimed: 0,
    spentFen: 0,
    createdAt: at,
    createdBy: actorOf(marketer),
    launchedAt: null,
    completedAt: null,
    cancelledAt: null,
  };
  await deps.commit([
    deps.coupons.campaignWrite(campaign),
    deps.audit.write({
      auditId: newId(nowMs),
      at,
      actor: campaign.createdBy,
      action: 'campaign.create',
      target: { kind: 'campaign', id: campaign.campaignId },
      after: campaign,
    }),
  ]);
  return campaignView(campaign, deps);
}
