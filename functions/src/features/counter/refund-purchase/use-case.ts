import {
  businessDateOf,
  DomainError,
  firstReviewDate,
  monthOf,
  namedLevelChange,
  qualifyingGrowth,
  rankOf,
  refundReversal,
  upgradeToRevert,
  type ProgramSettings,
  type RefundResponse,
} from '@app/shared';
import type { MemberRecord, MemberUpdate, PurchaseRecord, RefundRecord, TxWrite } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import type { Principal } from '../../../http/route';
import { openBook } from '../../points/account-book';
import { rewardsOfPurchase, undoOnRefund } from '../../points/pending-rewards-refund';
import { restorePaidWith } from '../restore-paid-with';

type Deps = Pick<
  AppDeps,
  | 'members'
  | 'programAt'
  | 'purchases'
  | 'pointsAccounts'
  | 'entitlements'
  | 'coupons'
  | 'commit'
  | 'pendingRewards'
  | 'engagement'
  | 'wallet'
>;

/**
 * A full or partial refund at the store that made the purchase. Points go back in proportion (the last refund
 * takes exactly what remains), first from the purchase's own lot, then from the lots that expire first; what
 * they cannot cover becomes debt. Growth goes back from the month it was earned in. If that takes the member
 * below a level reached within 30 days, the upgrade and its gift are reverted. The purchase's refunded total is
 * the condition of the write, so parallel refunds never take back more than the purchase earned. A full refund
 * gives the coupon back; a refund below the stamp card's minimum takes the stamp back. Rewards the purchase caused
 * that still wait for its refund window (待到账) are cancelled when too little remains paid; the purchase's own
 * points, while they wait, are lowered instead of taken from the lots.
 */
export async function refundPurchase(
  purchaseId: string,
  requestedFen: number | undefined,
  staff: Principal,
  nowMs: number,
  deps: Deps,
): Promise<RefundResponse> {
  const settings = await deps.programAt(nowMs);
  const newId = newIdFactory();
  const refundId = newId(nowMs);
  return retrying(async () => {
    const purchase = await deps.purchases.get(purchaseId);
    if (!purchase) throw new DomainError('NOT_FOUND', '消费记录不存在');
    if (purchase.storeId !== staff.storeId) throw new DomainError('FORBIDDEN', '只能为本店的消费办理退款');
    const refundable = purchase.payableFen - purchase.refundedFen;
    if (refundable <= 0) throw new DomainError('ALREADY_REFUNDED');
    const refundFen = requestedFen ?? refundable;
    if (refundFen > refundable)
      throw new DomainError('REFUND_EXCEEDS_PAID', `最多可退 ¥${(refundable / 100).toFixed(2)}`, {
        refundableFen: refundable,
      });

    const reversal = { paidFen: purchase.payableFen, refundedBeforeFen: purchase.refundedFen, refundFen };
    const points = refundReversal({ ...reversal, earned: purchase.points, reversedBefore: purchase.pointsReversed });
    const growth = refundReversal({ ...reversal, earned: purchase.growth, reversedBefore: purchase.growthReversed });
    const member = await deps.members.getById(purchase.memberId, true);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    const caused = await rewardsOfPurchase(purchase, member, deps);
    const ownWaiting = caused.own.some((reward) => reward.kind === 'purchase' && reward.status === 'pending');

    const ref = { kind: 'receipt', id: `${purchase.storeId}/${purchase.receiptNo}` };
    const staffActor = { kind: 'staff' as const, id: staff.openid, storeId: staff.storeId };
    const book = openBook(member, settings, nowMs, staffActor, () => newId(nowMs));
    book.expireDue();
    const debtBefore = book.currentDebt;
    // Points still waiting are lowered where they wait (the entry records the refund and its growth, moving nothing).
    book.debit(
      ownWaiting ? 0 : points,
      {
        type: 'reverse',
        reasonCode: 'refund',
        reason: `退款 ¥${(refundFen / 100).toFixed(2)}，${ownWaiting ? `待到账积分减少 ${points}` : '扣回积分'}`,
        ref,
        growth: -growth,
        growthMonth: purchase.growthMonth,
      },
      { allowDebt: true, preferLotId: purchase.lotId },
    );

    const buckets = {
      ...member.growthByMonth,
      [purchase.growthMonth]: (member.growthByMonth[purchase.growthMonth] ?? 0) - growth,
    };
    const revert = upgradeToRevert(
      settings.levels,
      member.lastUpgrade,
      member.levelCode,
      qualifyingGrowth(buckets, monthOf(nowMs, settings.timezone)),
      nowMs,
    );
    const update: MemberUpdate = { growthLifetimeDelta: -growth };
    const extra: TxWrite[] = [];
    let levelChange = null;
    if (revert && member.lastUpgrade) {
      const upgrade = member.lastUpgrade;
      if (upgrade.giftPoints > 0) {
        book.debit(
          upgrade.giftPoints,
          { type: 'reverse', reasonCode: 'upgrade-reverted', reason: '升级撤销，扣回升级礼积分', ref },
          { allowDebt: true, preferLotId: upgrade.giftLotId },
        );
      }
      const giftsGiven = { ...member.giftsGiven };
      if (upgrade.giftYear !== null && giftsGiven[upgrade.to] === upgrade.giftYear) delete giftsGiven[upgrade.to];
      const backToFirst = rankOf(settings.levels, revert.to) <= 0;
      Object.assign(update, {
        levelCode: revert.to,
        levelHeldSince: upgrade.previousHeldSince,
        giftsGiven,
        lastUpgrade: null,
        reviewDue: backToFirst ? null : firstReviewDate(Date.parse(upgrade.previousHeldSince), settings.timezone),
      } satisfies MemberUpdate);
      if (upgrade.entitlementId)
        extra.push(...(await revokeUpgradeGift(member.memberId, upgrade.entitlementId, nowMs, deps)));
      levelChange = { from: member.levelCode, to: revert.to };
    }
    const fullyRefunded = purchase.refundedFen + refundFen >= purchase.payableFen;
    const undone = undoOnRefund(
      caused,
      {
        atMs: nowMs,
        remainingPaidFen: purchase.payableFen - purchase.refundedFen - refundFen,
        pointsReversed: points,
        by: `staff:${staff.openid}`,
      },
      settings,
      deps,
    );
    if (undone.buyerPendingDelta) update.pendingPointsDelta = undone.buyerPendingDelta;
    extra.push(...undone.writes);
    // The 12-month figures behind the segments: net spend goes down; a purchase refunded in full no longer counts.
    update.purchaseMonth = {
      month: purchase.businessDate.slice(0, 7),
      currentMonth: monthOf(nowMs, settings.timezone),
      n: fullyRefunded ? -1 : 0,
      fen: -refundFen,
    };
    const coupons = fullyRefunded ? await giveCouponsBack(purchase, nowMs, deps) : { writes: [], restored: [] };
    const stamp =
      purchase.payableFen - purchase.refundedFen - refundFen < settings.stampCard.minSpendFen
        ? await takeStampBack(purchase, member, settings, deps)
        : null;
    if (stamp) {
      update.stampsDelta = stamp.stampsDelta;
      extra.push(...stamp.writes);
    }
    extra.push(...coupons.writes);
    const restored = await restorePaidWith(
      { purchase, refundFen, book, ref, nowMs, by: staffActor, newId: () => newId(nowMs) },
      deps,
    );
    if (restored.walletPosting) {
      update.wallet = restored.walletPosting;
      extra.push(...deps.wallet.writes(member.memberId, restored.walletPosting));
    }
    const posting = book.posting();
    const at = new Date(nowMs).toISOString();
    const refund: RefundRecord = {
      refundId,
      purchaseId,
      storeId: purchase.storeId,
      receiptNo: purchase.receiptNo,
      memberId: member.memberId,
      memberNo: member.memberNo,
      nickname: member.nickname,
      refundedFen: refundFen,
      pointsReversed: points,
      growthReversed: growth,
      debtCreated: Math.max(0, posting.debt - debtBefore),
      levelChange,
      couponsRestored: coupons.restored,
      walletRestoredFen: restored.walletRestoredFen,
      pointsRestored: restored.pointsRestored,
      at,
      businessDate: businessDateOf(nowMs, settings.timezone),
      by: staff.openid,
    };
    const outcome = await deps.commit([
      ...deps.purchases.refundWrites(purchase, refund, purchase.stampRemoved || stamp !== null, restored.paidWith),
      ...deps.pointsAccounts.writes({
        member,
        posting,
        update,
        levelChange: levelChange
          ? { memberId: member.memberId, at, from: levelChange.from, to: levelChange.to, reason: 'upgrade-reverted' }
          : undefined,
      }),
      ...extra,
    ]);
    if (!outcome.ok) return RETRY;
    return {
      refundId,
      purchaseId,
      refundedFen: refundFen,
      pointsReversed: points,
      growthReversed: growth,
      debtCreated: refund.debtCreated,
      couponsRestored: coupons.restored,
      levelChange: levelChange && namedLevelChange(settings.levels, levelChange),
      walletRestoredFen: restored.walletRestoredFen,
      pointsRestored: restored.pointsRestored,
    };
  });
}

/**
 * A purchase refunded in full gives its coupon back: available again if still within its window (listed as
 * restored), else it reads as expired. The campaign's redemption statistics go back with it.
 */
async function giveCouponsBack(
  purchase: PurchaseRecord,
  nowMs: number,
  deps: Deps,
): Promise<{ writes: TxWrite[]; restored: string[] }> {
  const writes: TxWrite[] = [];
  const restored: string[] = [];
  for (const couponId of purchase.couponsUsed) {
    const coupon = await deps.coupons.coupon(purchase.memberId, couponId, true);
    if (coupon?.status !== 'used' || coupon.usedPurchaseId !== purchase.purchaseId) continue;
    writes.push(deps.coupons.restoreWrite(coupon, purchase.purchaseId));
    if (coupon.campaignId)
      writes.push(
        deps.coupons.statsWrite(coupon.campaignId, coupon.couponId, {
          redeemed: -1,
          discountFen: -(coupon.discountFen ?? 0),
          salesFen: -purchase.payableFen,
        }),
      );
    if (nowMs < Date.parse(coupon.validUntil)) restored.push(couponId);
  }
  return { writes, restored };
}

/**
 * A refund that leaves less paid than the stamp card's minimum takes the purchase's stamp back, once. If that stamp
 * completed a card, the card's coupon is revoked while still unused and the card goes back to its last stamp but
 * one; a gift already used is not clawed back.
 */
async function takeStampBack(
  purchase: PurchaseRecord,
  member: MemberRecord,
  settings: ProgramSettings,
  deps: Deps,
): Promise<{ stampsDelta: number; writes: TxWrite[] } | null> {
  if (!purchase.stamped || purchase.stampRemoved) return null;
  if (member.stamps > 0) return { stampsDelta: -1, writes: [] };
  const cardCoupon = purchase.stampCouponId
    ? await deps.coupons.coupon(member.memberId, purchase.stampCouponId, true)
    : undefined;
  if (cardCoupon?.status === 'available')
    return { stampsDelta: settings.stampCard.stampsPerCard - 1, writes: [deps.coupons.revokeWrite(cardCoupon)] };
  return { stampsDelta: 0, writes: [] };
}

/** An upgrade reverted within 30 days takes its gift coupon back: the entitlement if still pending, else the coupon while unused. */
async function revokeUpgradeGift(
  memberId: string,
  entitlementId: string,
  nowMs: number,
  deps: Deps,
): Promise<TxWrite[]> {
  const entitlement = (await deps.entitlements.ofMember(memberId)).find(
    (candidate) => candidate.entitlementId === entitlementId,
  );
  if (!entitlement || entitlement.status === 'revoked') return [];
  if (entitlement.status === 'pending') return [deps.entitlements.revokedWrite(memberId, entitlementId, 'pending')];
  const coupon = entitlement.couponId ? await deps.coupons.coupon(memberId, entitlement.couponId, true) : undefined;
  if (coupon?.status !== 'available' || nowMs >= Date.parse(coupon.validUntil)) return [];
  return [deps.entitlements.revokedWrite(memberId, entitlementId, 'issued'), deps.coupons.revokeWrite(coupon)];
}
