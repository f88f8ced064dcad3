import {
  DomainError,
  namedLevelChange,
  pointsAsCashFen,
  type ProgramSettings,
  type Promotion,
  type PurchasePreviewRequest,
  type PurchasePreviewResponse,
  type PurchaseQuote,
} from '@app/shared';
import type { CouponRecord, MemberRecord } from '../../../adapters/dynamodb';
import { openBook } from '../../points/account-book';
import { counterOffer, earningOnMoney } from '../pay-with-wallet-and-points';
import { openWallet } from '../../wallet/open-wallet';
import type { AppDeps } from '../../../composition';
import { memberAtCounter } from '../../../core/member-at-counter';
import type { Principal } from '../../../http/route';
import { quoteAtCounter } from '../../coupons/counter';

type Deps = Pick<
  AppDeps,
  | 'memberCodes'
  | 'counterTickets'
  | 'members'
  | 'programAt'
  | 'activePromotions'
  | 'coupons'
  | 'pointsAccounts'
  | 'wallet'
>;

/** What the purchase would cost and earn, by the same rules as the purchase itself; nothing is written. */
export async function previewPurchase(
  body: PurchasePreviewRequest,
  staff: Principal,
  now: number,
  deps: Deps,
): Promise<PurchasePreviewResponse> {
  const storeId = staff.storeId!;
  const { member } = await memberAtCounter(body, staff, now, deps);
  const [settings, promotions] = await Promise.all([deps.programAt(now), deps.activePromotions.forRead(now)]);
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
  const money = await previewMoney(body, member, settings, quote, promotions, storeId, now, coupon, deps);
  return {
    amountFen: quote.amountFen,
    levelDiscountFen: quote.levelDiscountFen,
    planDiscountFen: quote.planDiscountFen,
    couponDiscountFen: quote.couponDiscountFen,
    payableFen: quote.payableFen,
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
    ...money,
  };
}

/**
 * The wallet balance and the points-as-cash offer for this payable, and — when the staff already chose wallet and
 * points — the points and growth on money only and the cash left to pay. A choice the purchase would refuse is
 * refused here with the same error.
 */
async function previewMoney(
  body: PurchasePreviewRequest,
  member: MemberRecord,
  settings: ProgramSettings,
  quote: PurchaseQuote,
  promotions: Promotion[],
  storeId: string,
  now: number,
  coupon: CouponRecord | null,
  deps: Deps,
) {
  const book = openBook(member, settings, now, { kind: 'system', id: 'preview' }, () => 'preview');
  const offer = counterOffer(member, settings, quote.payableFen, book.spendable);
  const walletFen = body.walletFen ?? 0;
  const pointsToUse = body.pointsToUse ?? 0;
  if (walletFen > offer.walletBalanceFen)
    throw new DomainError('WALLET_INSUFFICIENT', undefined, {
      balanceFen: offer.walletBalanceFen,
      requiredFen: walletFen,
    });
  const pointsCashFen =
    pointsToUse > 0
      ? pointsAsCashFen(pointsToUse, {
          settings: settings.pointsAsCash,
          payableFen: quote.payableFen,
          debt: member.pointsDebt,
        })
      : 0;
  if (pointsToUse > book.spendable)
    throw new DomainError('POINTS_INSUFFICIENT', undefined, { balance: book.spendable, required: pointsToUse });
  if (walletFen + pointsCashFen > quote.payableFen)
    throw new DomainError('PAYMENT_EXCEEDS_PAYABLE', undefined, {
      payableFen: quote.payableFen,
      walletFen,
      pointsCashFen,
    });
  // The wallet's bonus share of this payment, by the same split the purchase makes.
  const wallet = await openWallet(
    member,
    { nowMs: now, by: { kind: 'system', id: 'preview' }, newId: () => 'preview' },
    deps,
  );
  const bonusFen = walletFen > 0 ? wallet.pay(walletFen, { kind: 'preview', id: 'preview' }).bonusFen : 0;
  const earning = earningOnMoney(quote, bonusFen + pointsCashFen, {
    settings,
    member,
    amountFen: body.amountFen,
    items: body.items ?? [],
    promotions,
    storeId,
    nowMs: now,
    coupon,
  });
  return {
    ...offer,
    points: earning.points,
    growth: earning.growth,
    cashFen: quote.payableFen - walletFen - pointsCashFen,
  };
}
