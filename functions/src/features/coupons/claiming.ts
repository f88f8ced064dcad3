import { audienceTags, matchesAudience, type Audience, type AudienceContext, type ProgramSettings } from '@app/shared';
import type { CampaignRecord, MemberRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/** Claimed coupons of a campaign are numbered per member, so the per-member limit is a key that can exist once. */
export const claimCouponId = (campaignId: string, n: number) => `c-${campaignId}-${n}`;

export type ClaimRefusal = 'CLAIM_WINDOW_CLOSED' | 'LIMIT_REACHED' | 'STOCK_EXHAUSTED';

/** Why a claim would be refused now, or null. */
export function claimRefusal(
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

/** The refusal as the member reads it. */
export const refusalText: Record<ClaimRefusal, string> = {
  CLAIM_WINDOW_CLOSED: '不在领券时间内',
  LIMIT_REACHED: '已达到领取上限',
  STOCK_EXHAUSTED: '券已被领完',
};

/**
 * The member as audiences see them, with their own tags only (enough to decide for one member). The tags are read
 * only when one of the audiences to decide names tags or segments.
 */
export async function selfAudience(
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'coupons'>,
  audiences: readonly Audience[],
) {
  const tags = audiences.some((audience) => audienceTags(audience).length > 0)
    ? await deps.coupons.memberTags(member.memberId)
    : [];
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
