import {
  levelByCode,
  namedLevelChange,
  type Posting,
  type ProgramSettings,
  type PurchaseQuote,
  type PurchaseResponse,
} from '@app/shared';
import { afterPosting, currentPoints } from '../../core/member-access';
import type { MemberRecord, PurchaseRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/** What the counter names beside a purchase's codes: the levels, and the gift of a full stamp card. */
export interface PurchaseNames {
  levels: ProgramSettings['levels'];
  stampGift: string | null;
}

/** The names for a purchase's response; the stamp card's gift is the title of the program's stamp-card coupon. */
export async function purchaseNames(settings: ProgramSettings, deps: Pick<AppDeps, 'coupons'>): Promise<PurchaseNames> {
  const templateId = settings.automaticCoupons.stampCard;
  const template = templateId ? await deps.coupons.template(templateId) : undefined;
  return { levels: settings.levels, stampGift: template?.title ?? null };
}

/** A purchase as the counter sees it after recording it, or when finding it by its receipt. */
export const toPurchaseResponse = (purchase: PurchaseRecord, names: PurchaseNames): PurchaseResponse => ({
  purchaseId: purchase.purchaseId,
  receiptNo: purchase.receiptNo,
  storeId: purchase.storeId,
  memberId: purchase.memberId,
  amountFen: purchase.amountFen,
  levelDiscountFen: purchase.levelDiscountFen,
  planDiscountFen: purchase.planDiscountFen,
  couponDiscountFen: purchase.couponDiscountFen,
  payableFen: purchase.payableFen,
  points: purchase.points,
  growth: purchase.growth,
  levelChange: purchase.levelChange && namedLevelChange(names.levels, purchase.levelChange),
  giftPoints: purchase.giftPoints,
  couponsUsed: purchase.couponsUsed,
  badges: purchase.badges,
  refundedFen: purchase.refundedFen,
  at: purchase.at,
  stamps: purchase.stampCard,
  stampCouponId: purchase.stampCouponId,
  stampGift: names.stampGift,
  walletFen: purchase.paidWith?.walletFen ?? 0,
  walletBonusFen: purchase.paidWith?.walletBonusFen ?? 0,
  pointsUsed: purchase.paidWith?.pointsUsed ?? 0,
  pointsCashFen: purchase.paidWith?.pointsCashFen ?? 0,
  cashFen: purchase.paidWith?.cashFen ?? purchase.payableFen,
  memberAfter: null,
});

/**
 * The member as the purchase left them, so the counter never shows the balance from before the scan: the member it
 * wrote (no read), or read afresh when that is not whole (a reward released since, a member without the schedule).
 */
export async function memberAfterPurchase(
  written: MemberRecord | undefined,
  memberId: string,
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'members' | 'pointsAccounts'>,
): Promise<PurchaseResponse['memberAfter']> {
  const member = written ?? (await deps.members.getById(memberId, true));
  if (!member) return null;
  const level = levelByCode(settings.levels, member.levelCode);
  const points = currentPoints(member, nowMs);
  return {
    points: points.balance,
    pendingPoints: member.pendingPoints,
    level: { code: level.code, name: level.name },
  };
}

/** The points, pending points and level a purchase's one transaction gives the member it read. */
export function memberAsWritten(
  member: MemberRecord,
  posting: Posting,
  change: { pendingPointsDelta: number; levelCode?: string },
): MemberRecord {
  return {
    ...afterPosting(member, posting),
    pendingPoints: member.pendingPoints + change.pendingPointsDelta,
    levelCode: change.levelCode ?? member.levelCode,
  };
}

/** The level's and the plan's discounts as a purchase records them (one of the two is zero). */
export const discountsOf = (quote: PurchaseQuote) => ({
  levelDiscountFen: quote.levelDiscountFen,
  planDiscountFen: quote.planDiscountFen,
});
