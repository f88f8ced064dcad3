import { couponFaceValue, type CouponCenterEntry } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';
import { storeNamesFor, storeNamesOf } from '../../../core/store-names';
import { claimRefusal, selfAudience } from '../claiming';

type Deps = Pick<AppDeps, 'members' | 'coupons' | 'programAt' | 'stores'>;

/** 领券中心: the open claim campaigns whose audience includes the caller, with what is left and what stops a claim. */
export async function couponCenter(principal: Principal, nowMs: number, deps: Deps): Promise<CouponCenterEntry[]> {
  const [member, settings, campaigns] = await Promise.all([
    callerMember(principal, deps),
    deps.programAt(nowMs),
    deps.coupons.openClaimCampaigns(),
  ]);
  const [inAudience, mine] = await Promise.all([
    selfAudience(
      member,
      settings,
      nowMs,
      deps,
      campaigns.map((campaign) => campaign.audience),
    ),
    deps.coupons.memberCoupons(member.memberId, 'c-'),
  ]);
  const entries: Omit<CouponCenterEntry, 'storeNames'>[] = [];
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
  const storeNames = await storeNamesOf(
    entries.flatMap((entry) => entry.template.storeIds ?? []),
    deps,
  );
  return entries.map((entry) => ({ ...entry, storeNames: storeNamesFor(entry.template.storeIds ?? [], storeNames) }));
}
