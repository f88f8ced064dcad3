import { DomainError, type Audience, type CampaignView, type ProgramSettings } from '@app/shared';
import type { CampaignRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import type { Principal } from '../../http/route';

/** A refused field of a marketer's form. */
export const invalid = (path: string, message: string, text: string) =>
  new DomainError('VALIDATION_FAILED', text, { issues: [{ path, message }] });
/** How audit entries and records name the marketer who acted. */
export const actorOf = (marketer: Principal) => `marketer:${marketer.openid}`;

/** An audience may name only levels the program has. */
export function checkAudience(audience: Audience, settings: ProgramSettings): void {
  const unknown = (audience.levels ?? []).filter((code) => !settings.levels.some((level) => level.code === code));
  if (unknown.length) throw invalid('body.audience.levels', `unknown levels: ${unknown.join(', ')}`, '等级不存在');
}

/** The campaign, read consistently, or NOT_FOUND. */
export async function campaignOrMissing(campaignId: string, deps: Pick<AppDeps, 'coupons'>): Promise<CampaignRecord> {
  const campaign = await deps.coupons.campaign(campaignId, true);
  if (!campaign) throw new DomainError('NOT_FOUND', '活动不存在');
  return campaign;
}

/** The campaign with its results: targeted and issued from the dispatch (push) or the claims, redemptions from the sharded statistics. */
export async function campaignView(campaign: CampaignRecord, deps: Pick<AppDeps, 'coupons'>): Promise<CampaignView> {
  const [template, dispatch, stats] = await Promise.all([
    deps.coupons.template(campaign.templateId),
    campaign.kind === 'push' ? deps.coupons.dispatch(campaign.campaignId) : undefined,
    deps.coupons.stats(campaign.campaignId),
  ]);
  const issued = campaign.kind === 'push' ? (dispatch?.issued ?? 0) : campaign.claimed;
  const shards = dispatch ? Object.values(dispatch.shards) : [];
  return {
    campaignId: campaign.campaignId,
    name: campaign.name,
    kind: campaign.kind,
    templateId: campaign.templateId,
    template: {
      title: template?.title ?? '',
      type: template?.type ?? 'amount_off',
      valueFen: template?.valueFen ?? null,
      percent: template?.percent ?? null,
      maxDiscountFen: template?.maxDiscountFen ?? null,
      minSpendFen: template?.minSpendFen ?? 0,
      giftName: template?.giftName ?? null,
    },
    audience: campaign.audience,
    status: campaign.status,
    scheduleAt: campaign.scheduleAt,
    notify: campaign.notify,
    stock: campaign.stock,
    perMemberLimit: campaign.perMemberLimit,
    claimFrom: campaign.claimFrom,
    claimUntil: campaign.claimUntil,
    budgetFen: campaign.budgetFen,
    createdAt: campaign.createdAt,
    createdBy: campaign.createdBy,
    launchedAt: campaign.launchedAt,
    completedAt: campaign.completedAt,
    cancelledAt: campaign.cancelledAt,
    stats: {
      targeted: campaign.kind === 'push' ? (dispatch?.targeted ?? 0) : campaign.claimed,
      issued,
      claimed: campaign.claimed,
      redeemed: stats.redeemed,
      redemptionRate: issued > 0 ? Math.round((stats.redeemed / issued) * 10_000) / 10_000 : 0,
      discountFen: stats.discountFen,
      salesFen: stats.salesFen,
    },
    progress: dispatch
      ? { shardsDone: shards.filter((cursor) => cursor === 'done').length, shards: shards.length }
      : null,
  };
}
