import { couponFaceValue, DomainError } from '@app/shared';
import { CLAIM_REFUSED } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';
import { retrying, RETRY } from '../../../core/retry';
import { storeNamesOf } from '../../../core/store-names';
import { claimCouponId, claimRefusal, refusalText, selfAudience } from '../claiming';
import { couponFromTemplate } from '../issue';
import { storesNamedBy, toCouponView } from '../views';

type Deps = Pick<AppDeps, 'members' | 'coupons' | 'programAt' | 'commit' | 'stores'>;

/**
 * One claim, as one transaction: the campaign's count moves only while stock, budget and window allow
 * (`claimed < stock`), and the member's coupon is numbered `1..limit` (`attribute_not_exists`), so neither the
 * stock nor the per-member limit is ever exceeded however many claim at once. The first attempt reads only the
 * member: it takes the campaign as this container holds it and numbers the coupon 1 (most members claim once), and
 * the write's conditions check both; an attempt that lost reads the campaign and the member's coupons afresh, and
 * its checks say which limit it was.
 */
export async function claimCoupon(campaignId: string, principal: Principal, nowMs: number, deps: Deps) {
  const [member, settings, first] = await Promise.all([
    callerMember(principal, deps),
    deps.programAt(nowMs),
    deps.coupons.claimableCampaign(campaignId),
  ]);
  const inAudience = first && (await selfAudience(member, settings, nowMs, deps, [first.audience]));
  if (first?.kind !== 'claim' || first.status === 'draft' || !inAudience?.(first))
    throw new DomainError('NOT_FOUND', '活动不存在');
  const template = await deps.coupons.template(first.templateId);
  if (!template) throw new DomainError('NOT_FOUND', '活动不存在');
  const faceValueFen = couponFaceValue(template);
  return retrying(async (attempt) => {
    const fresh = attempt > 0;
    const [campaign, claimedByMe] = fresh
      ? await Promise.all([
          deps.coupons.campaign(campaignId, true).then((campaign) => campaign!),
          deps.coupons.memberCoupons(member.memberId, `c-${campaignId}-`).then((coupons) => coupons.length),
        ])
      : [first, 0];
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
    if (outcome.ok) return { coupon: toCouponView(coupon, nowMs, await storeNamesOf(storesNamedBy(coupon), deps)) };
    if ('failed' in outcome && outcome.failed.includes(CLAIM_REFUSED)) deps.coupons.forgetClaimable(campaignId);
    return RETRY;
  });
}
