import { purchasePreviewRequest, type PurchasePreviewResponse } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { quoteAtCounter } from '../../coupons/counter';
import { memberFromCode } from '../../../core/member-code';

/** What the purchase would cost and earn, by the same rules as the purchase itself; nothing is written. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: purchasePreviewRequest,
      run: async ({ body, principal, now }): Promise<PurchasePreviewResponse> => {
        const { member } = await memberFromCode(body.memberCode, now, deps());
        const [settings, promotions] = await Promise.all([deps().programAt(now), deps().activePromotions(now)]);
        const { quote, coupon } = await quoteAtCounter(
          {
            settings,
            member,
            amountFen: body.amountFen,
            items: body.items ?? [],
            couponIds: body.couponIds,
            promotions,
            storeId: principal.storeId!,
            nowMs: now,
          },
          deps(),
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
          levelChange: quote.upgradeTo ? { from: member.levelCode, to: quote.upgradeTo.code } : null,
          coupon: coupon ? { couponId: coupon.couponId, title: coupon.title } : null,
          stamp: quote.stamp,
        };
      },
    },
    deps,
  );

export const handler = createHandler();
