import {
  couponFaceValue,
  DomainError,
  type Audience,
  type CampaignRequest,
  type CampaignView,
  type CouponTemplateRequest,
  type CouponTemplateView,
  type ProgramSettings,
} from '@app/shared';
import { CAMPAIGN_CHANGED, type CampaignRecord, type CouponTemplateRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import type { Principal } from '../../http/route';
import { newIdFactory } from '../points/account-book';
import { startDispatch } from './dispatch';

type Deps = Pick<AppDeps, 'coupons' | 'programAt' | 'records' | 'commit' | 'dispatchQueue'>;

const invalid = (path: string, message: string, text: string) =>
  new DomainError('VALIDATION_FAILED', text, { issues: [{ path, message }] });
const actorOf = (marketer: Principal) => `marketer:${marketer.openid}`;

/** A new coupon template (templates never change once created: coupons copy their terms), audited. */
export async function createTemplate(
  body: CouponTemplateRequest,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
): Promise<CouponTemplateView> {
  const newId = newIdFactory();
  const at = new Date(nowMs).toISOString();
  const template: CouponTemplateRecord = {
    templateId: `tpl-${newId(nowMs).toLowerCase()}`,
    title: body.title,
    description: body.description,
    usageNotes: body.usageNotes,
    type: body.type,
    valueFen: body.valueFen ?? null,
    percent: body.percent ?? null,
    maxDiscountFen: body.maxDiscountFen ?? null,
    minSpendFen: body.minSpendFen,
    giftName: body.giftName ?? null,
    validity: body.validity,
    storeIds: body.storeIds ?? null,
    createdAt: at,
    createdBy: actorOf(marketer),
  };
  await deps.commit([
    deps.coupons.templateWrite(template),
    deps.records.auditWrite({
      auditId: newId(nowMs),
      at,
      actor: template.createdBy,
      action: 'coupon-template.create',
      target: { kind: 'coupon-template', id: template.templateId },
      after: template,
    }),
  ]);
  return template;
}

function checkAudience(audience: Audience, settings: ProgramSettings): void {
  const unknown = (audience.levels ?? []).filter((code) => !settings.levels.some((level) => level.code === code));
  if (unknown.length) throw invalid('body.audience.levels', `unknown levels: ${unknown.join(', ')}`, '等级不存在');
}

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
    deps.records.auditWrite({
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

async function campaignOrMissing(campaignId: string, deps: Deps): Promise<CampaignRecord> {
  const campaign = await deps.coupons.campaign(campaignId, true);
  if (!campaign) throw new DomainError('NOT_FOUND', '活动不存在');
  return campaign;
}

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
    deps.records.auditWrite({
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
      deps.records.auditWrite({
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

/** A claim campaign's face value per coupon, counted against its budget. */
export const faceValueOf = (template: CouponTemplateRecord) => couponFaceValue(template);
