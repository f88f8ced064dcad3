import {
  couponFaceValue,
  DomainError,
  matchesAudience,
  type AudienceContext,
  type CouponCenterEntry,
  type ProgramSettings,
} from '@app/shared';
import type { CampaignRecord, MemberRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';
import { retrying, RETRY } from '../../../core/retry';
import { couponFromTemplate } from '../issue';
import { toCouponView } from '../views';

type Deps = Pick<AppDeps, 'members' | 'coupons' | 'programAt' | 'commit'>;

/** Claimed coupons of a campaign are numbered per member, so the per-member limit is a key that can exist once. */
export const claimCouponId = (campaignId: string, n: number) => `c-${campaignId}-${n}`;

type ClaimRefusal = 'CLAIM_WINDOW_CLOSED' | 'LIMIT_REACHED' | 'STOCK_EXHAUSTED';

function claimRefusal(
  campaign: CampaignRecord,
  claimedByMe: number,
  faceValueFen: number,
  nowMs: number,
): ClaimRefusal | null {
  if (campaign.status !== 'active') return 'CLAIM_WINDOW_CLOSED';
  if (campaign.claimFrom && nowMs < Date.parse(campaign.claimFrom)) return 'CLAIM_WINDOW_CLOSED';
  if (campaign.claimUntil && nowMs >= Date.parse(campaign.claimUntil)) return 'CLAIM_WINDOW_CLOSED';
  if (claimedByMe >= campaign.perMemberLimit) return 'LIMIT_REACHED';
  if (campaign.stock !== null && campaign.claimed >= campaign.stock) return 'STOCK_EXHAUSTED';
  if (campaign.budgetFen !== null && campaign.spentFen + faceValueFen > campaign.budgetFen) return 'STOCK_EXHAUSTED';
  return null;
}

const refusalText: Record<ClaimRefusal, string> = {
  CLAIM_WINDOW_CLOSED: '不在领券时间内',
  LIMIT_REACHED: '已达到领取上限',
  STOCK_EXHAUSTED: '券已被领完',
};

/** The member as audiences see them, with their own tags only (enough to decide for one member). */
async function selfAudience(
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'coupons'>,
) {
  const tags = await deps.coupons.memberTags(member.memberId);
  const context: AudienceContext = {
    nowMs,
    timeZone: settings.timezone,
    tagged: new Map(tags.map((tag) => [tag, new Set([member.memberId])])),
  };
  const candidate = {
    memberId: member.memberId,
    memberNo: member.memberNo,
    levelCode: member.levelCode,
    joinedAt: member.joinedAt,
    birthday: member.birthday,
    lastPurchaseAt: member.lastPurchaseAt,
    points: member.lotPoints - member.pointsDebt,
    homeStoreId: member.homeStoreId,
  };
  return (campaign: CampaignRecord) => matchesAudience(candidate, campaign.audience, context);
}

/** 领券中心: the open claim campaigns whose audience includes the caller, with what is left and what stops a claim. */
export async function couponCenter(principal: Principal, nowMs: number, deps: Deps): Promise<CouponCenterEntry[]> {
  const [member, settings, campaigns] = await Promise.all([
    callerMember(principal, deps),
    deps.programAt(nowMs),
    deps.coupons.openClaimCampaigns(),
  ]);
  const [inAudience, mine] = await Promise.all([
    selfAudience(member, settings, nowMs, deps),
    deps.coupons.memberCoupons(member.memberId, 'c-'),
  ]);
  const entries: CouponCenterEntry[] = [];
  for (const campaign of campaigns.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    if (!inAudience(campaign) || (campaign.claimUntil && nowMs >= Date.parse(campaign.claimUntil))) continue;
    const template = await deps.coupons.template(campaign.templateId);
    if (!template) continue;
    const claimedByMe = mine.filter(
      (coupon) => coupon.campaignId === campaign.campaignId && coupon.source === 'claim',
    ).length;
    const reason = claimRefusal(campaign, claimedByMe, couponFaceValue(template), nowMs);
    entries.push({
      campaignId: campaign.campaignId,
      title: campaign.name,
      template: {
        title: template.title,
        description: template.description,
        type: template.type,
        valueFen: template.valueFen,
        percent: template.percent,
        maxDiscountFen: template.maxDiscountFen,
        minSpendFen: template.minSpendFen,
        giftName: template.giftName,
        validity: template.validity,
        storeIds: template.storeIds,
      },
      remaining: campaign.stock === null ? null : Math.max(0, campaign.stock - campaign.claimed),
      claimFrom: campaign.claimFrom,
      claimUntil: campaign.claimUntil,
      claimedByMe,
      perMemberLimit: campaign.perMemberLimit,
      claimable: reason === null,
      reason,
    });
  }
  return entries;
}

/**
 * One claim, as one transaction: the campaign's count moves only while stock, budget and window allow
 * (`claimed < stock`), and the member's coupon is numbered `1..limit` (`attribute_not_exists`), so neither the
 * stock nor the per-member limit is ever exceeded however many claim at once.
 */
export async function claimCoupon(campaignId: string, principal: Principal, nowMs: number, deps: Deps) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(nowMs)]);
  const first = await deps.coupons.campaign(campaignId);
  const inAudience = await selfAudience(member, settings, nowMs, deps);
  if (!first || first.kind !== 'claim' || first.status === 'draft' || !inAudience(first))
    throw new DomainError('NOT_FOUND', '活动不存在');
  const template = await deps.coupons.template(first.templateId);
  if (!template) throw new DomainError('NOT_FOUND', '活动不存在');
  const faceValueFen = couponFaceValue(template);
  return retrying(async (attempt) => {
    const campaign = attempt === 0 ? first : (await deps.coupons.campaign(campaignId, true))!;
    const claimedByMe = (await deps.coupons.memberCoupons(member.memberId, `c-${campaignId}-`)).length;
    const refusal = claimRefusal(campaign, claimedByMe, faceValueFen, nowMs);
    if (refusal)
      throw new DomainError(refusal, refusalText[refusal], {
        remaining: campaign.stock === null ? null : Math.max(0, campaign.stock - campaign.claimed),
        claimedByMe,
        perMemberLimit: campaign.perMemberLimit,
      });
    const coupon = couponFromTemplate(template, {
      member,
      couponId: claimCouponId(campaignId, claimedByMe + 1),
      source: 'claim',
      sourceId: campaignId,
      campaignId,
      nowMs,
      timeZone: settings.timezone,
    });
    const outcome = await deps.commit([
      deps.coupons.claimWrite(campaign, faceValueFen, new Date(nowMs).toISOString()),
      deps.coupons.issueWrite(coupon),
    ]);
    if (outcome.ok) return { coupon: toCouponView(coupon, nowMs) };
    // Stock, budget or window refused it, or this member's other claim took the number: the next attempt reads
    // the campaign and the member's coupons afresh, and its checks say which limit it was.
    return RETRY;
  });
}
