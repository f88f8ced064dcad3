import { couponValidityWindow, type CouponSource, type ProgramSettings, type TaskCode } from '@app/shared';
import type {
  CouponRecord,
  CouponTemplateRecord,
  EntitlementRecord,
  MemberRecord,
  TxWrite,
} from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { logger } from '../../http/logger';

type Deps = Pick<AppDeps, 'coupons' | 'entitlements'>;

/** A coupon for a member from a template: the template's terms, copied, and its window from the moment of issue. */
export function couponFromTemplate(
  template: CouponTemplateRecord,
  issue: {
    member: Pick<MemberRecord, 'memberId' | 'memberNo'>;
    couponId: string;
    source: CouponSource;
    sourceId: string;
    campaignId?: string | null;
    nowMs: number;
    timeZone: string;
  },
): CouponRecord {
  const window = couponValidityWindow(template.validity, issue.nowMs, issue.timeZone);
  return {
    couponId: issue.couponId,
    memberId: issue.member.memberId,
    memberNo: issue.member.memberNo,
    templateId: template.templateId,
    title: template.title,
    description: template.description,
    usageNotes: template.usageNotes,
    type: template.type,
    valueFen: template.valueFen,
    percent: template.percent,
    maxDiscountFen: template.maxDiscountFen,
    minSpendFen: template.minSpendFen,
    giftName: template.giftName,
    storeIds: template.storeIds,
    validFrom: window.validFrom,
    validUntil: window.validUntil,
    status: 'available',
    source: issue.source,
    sourceId: issue.sourceId,
    campaignId: issue.campaignId ?? null,
    issuedAt: new Date(issue.nowMs).toISOString(),
    usedAt: null,
    usedPurchaseId: null,
    usedStoreId: null,
    discountFen: null,
  };
}

/**
 * The coupon of an automatic occasion (new member, birthday, level perk, stamp card, task). Its id is fixed by the
 * occasion, so it is issued once whatever retries happen. A template the program names but nobody created is
 * logged and skipped: the member's activity still counts.
 */
export async function automaticCoupon(
  templateId: string | null | undefined,
  occasion: {
    member: Pick<MemberRecord, 'memberId' | 'memberNo'>;
    couponId: string;
    source: CouponSource;
    sourceId: string;
  },
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'coupons'>,
): Promise<CouponRecord | null> {
  if (!templateId) return null;
  const template = await deps.coupons.template(templateId);
  if (!template) {
    logger.warn('automatic coupon template missing', { templateId, source: occasion.source });
    return null;
  }
  return couponFromTemplate(template, { ...occasion, nowMs, timeZone: settings.timezone });
}

/**
 * The coupon writes that ride along with a member activity: the upgrade gift (recorded as an entitlement, issued at
 * once when the program names a template for the level) and the coupons of the tasks the activity completed.
 */
export async function rewardCouponWrites(
  reward: {
    member: MemberRecord;
    entitlement?: EntitlementRecord | null;
    tasks?: readonly TaskCode[];
    settings: ProgramSettings;
    nowMs: number;
  },
  deps: Deps,
): Promise<TxWrite[]> {
  const { member, settings, nowMs } = reward;
  const writes: TxWrite[] = [];
  if (reward.entitlement) {
    const coupon = await automaticCoupon(
      settings.automaticCoupons.upgrade[reward.entitlement.levelCode],
      {
        member,
        couponId: `upgrade-${reward.entitlement.entitlementId}`,
        source: 'upgrade-gift',
        sourceId: reward.entitlement.entitlementId,
      },
      settings,
      nowMs,
      deps,
    );
    writes.push(
      deps.entitlements.write(
        coupon ? { ...reward.entitlement, status: 'issued', couponId: coupon.couponId } : reward.entitlement,
      ),
    );
    if (coupon) writes.push(deps.coupons.issueWrite(coupon));
  }
  for (const task of reward.tasks ?? []) {
    const coupon = await automaticCoupon(
      settings.automaticCoupons.tasks[task],
      { member, couponId: `task-${task}`, source: 'task', sourceId: task },
      settings,
      nowMs,
      deps,
    );
    if (coupon) writes.push(deps.coupons.issueWrite(coupon));
  }
  return writes;
}
