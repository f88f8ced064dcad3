import { DomainError, purchasePreviewRequest, quotePurchase, type PurchasePreviewResponse } from '@app/shared';
import { appDeps, type AppDeps } from '../../composition';
import { httpRoute } from '../../http/route';
import { memberFromCode } from '../points/member-code';

/** What the purchase would cost and earn, by the same rules as the purchase itself; nothing is written. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: purchasePreviewRequest,
      run: async ({ body, principal, now }): Promise<PurchasePreviewResponse> => {
        if (body.couponIds?.length) throw new DomainError('COUPON_NOT_USABLE', '优惠券不存在或不可用');
        const { member } = await memberFromCode(body.memberCode, now, deps());
        const [settings, promotions] = await Promise.all([deps().programAt(now), deps().activePromotions(now)]);
        const quote = quotePurchase({ settings, member, amountFen: body.amountFen, items: body.items ?? [], promotions, storeId: principal.storeId!, nowMs: now });
        const level = settings.levels.find((candidate) => candidate.code === member.levelCode)!;
        return {
          amountFen: quote.amountFen,
          levelDiscountFen: quote.levelDiscountFen,
          couponDiscountFen: quote.couponDiscountFen,
          payableFen: quote.payableFen,
          points: quote.points,
          growth: quote.growth,
          member: { memberId: member.memberId, memberNo: member.memberNo, nickname: member.nickname, level: { code: level.code, name: level.name } },
          promotion: quote.promotion,
          levelChange: quote.upgradeTo ? { from: member.levelCode, to: quote.upgradeTo.code } : null,
        };
      },
    },
    deps,
  );

export const handler = createHandler();
