import { namedLevelChange, type PurchasePreviewRequest, type PurchasePreviewResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { memberAtCounter } from '../../../core/member-at-counter';
import type { Principal } from '../../../http/route';
import { quoteAtCounter } from '../../coupons/counter';

type Deps = Pick<AppDeps, 'memberCodes' | 'counterTickets' | 'members' | 'programAt' | 'activePromotions' | 'coupons'>;

/** What the purchase would cost and earn, by the same rules as the purchase itself; nothing is written. */
export async function previewPurchase(
  body: PurchasePreviewRequest,
  staff: Principal,
  now: number,
  deps: Deps,
): Promise<PurchasePreviewResponse> {
  const storeId = staff.storeId!;
  const { member } = await memberAtCounter(body, staff, now, deps);
  const [settings, promotions] = await Promise.all([deps.programAt(now), deps.activePromotions(now)]);
  const { quote, coupon } = await quoteAtCounter(
    {
      settings,
      member,
      amountFen: body.amountFen,
      items: body.items ?? [],
      couponIds: body.couponIds,
      promotions,
      storeId,
      nowMs: now,
    },
    deps,
  );
  const level = settings.levels.find((candidate) => candidate.code === member.levelCode)!;
  return {
    amountFen: quote.amountFen,
    levelDiscountFen: quote.levelDiscountFen,
    couponDiscountFen: quote.couponDiscountFen,
    payableFen: quote.payableFen,
    points: quote.points,
    growth: quote.growth,
    member: {
      memberId: member.memberId,
      memberNo: member.memberNo,
      nickname: member.nickname,
      level: { code: level.code, name: level.name },
    },
    promotion: quote.promotion,
    levelChange: quote.upgradeTo
      ? namedLevelChange(settings.levels, { from: member.levelCode, to: quote.upgradeTo.code })
      : null,
    coupon: coupon ? { couponId: coupon.couponId, title: coupon.title } : null,
    stamp: quote.stamp,
  };
}
