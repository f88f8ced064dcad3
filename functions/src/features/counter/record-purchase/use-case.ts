import {
  businessDateOf,
  DomainError,
  referralQualifies,
  releaseTime,
  stampCardAfter,
  type PurchaseRequest,
  type PurchaseResponse,
} from '@app/shared';
import {
  CODE_USED,
  COUPON_TAKEN,
  PROMOTIONS_STAMP_MOVED,
  RECEIPT_TAKEN,
  type MemberRecord,
  type PurchaseRecord,
  type TxWrite,
} from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { openBook } from '../../points/account-book';
import { newIdFactory } from '../../../core/ids';
import { levelUp } from '../../points/level-up';
import { memberAtCounter } from '../../../core/member-at-counter';
import { retrying, RETRY } from '../../../core/retry';
import {
  afterBestDiscount,
  couponForPurchase,
  couponUseWrites,
  quoteAtCounter,
  refuseUnusable,
} from '../../coupons/counter';
import { automaticCoupon, rewardCouponWrites } from '../../coupons/issue';
import { applyEngagement, badgeFacts } from '../../engagement/engagement';
import { rewardReferrer } from '../../engagement/settle-referral';
import { announcedWrites, announceTasks, ownPoints, pendingDelta, releaseIfDue } from '../../points/pending-rewards';
import { earningOnMoney, payWithWalletAndPoints, walletTotals } from '../pay-with-wallet-and-points';
import { discountsOf, memberAfterPurchase, memberAsWritten, purchaseNames, toPurchaseResponse } from '../purchase-view';
import { counterGateWrites, homeStoreOf, refuseFailedGate } from '../counter-gate';
import { purchaseRequestHash, sameRequestOrDuplicate } from '../purchase-receipt';

type Deps = Pick<
  AppDeps,
  | 'memberCodes'
  | 'counterTickets'
  | 'members'
  | 'programAt'
  | 'programVersionAt'
  | 'activePromotions'
  | 'purchases'
  | 'pointsAccounts'
  | 'entitlements'
  | 'engagement'
  | 'commit'
  | 'coupons'
  | 'pendingRewards'
  | 'wallet'
  | 'accounts'
  | 'stores'
>;

/**
 * A purchase at the counter, recorded once: one transaction writes the receipt marker (unique per store), the
 * member code's use (one code, one purchase), the coupon's use (`status = available`), the purchase, its ledger
 * entry and lot, the member's new totals, level and stamp card, and any gift coupons. A lost race re-reads and retries; the same request again returns the
 * purchase it made; another request with the same receipt is RECEIPT_DUPLICATE.
 */
export async function recordPurchase(
  request: PurchaseRequest,
  staff: Principal,
  nowMs: number,
  deps: Deps,
): Promise<PurchaseResponse> {
  const storeId = staff.storeId!;
  const scanned = await memberAtCounter(request, staff, nowMs, deps);
  const requestHash = purchaseRequestHash(request, scanned.claims);
  const firstCoupon = await couponForPurchase(request.couponIds, scanned.member.memberId, deps);
  const program = await deps.programVersionAt(nowMs);
  const settings = program.settings;
  const newId = newIdFactory();
  const purchaseId = newId(nowMs);
  const at = new Date(nowMs).toISOString();

  return retrying(async (attempt) => {
    const member: MemberRecord | undefined =
      attempt === 0 ? scanned.member : await deps.members.getById(scanned.member.memberId, true);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    const { promotions, unchanged: promotionsUnchanged } = await deps.activePromotions.forWrite(nowMs);
    const coupon =
      firstCoupon && attempt > 0
        ? ((await deps.coupons.coupon(member.memberId, firstCoupon.couponId, true)) ?? null)
        : firstCoupon;
    const { quote: priced } = await quoteAtCounter(
      { settings, member, amountFen: request.amountFen, items: request.items ?? [], promotions, storeId, nowMs },
      deps,
      coupon,
    );
    const stampCard = stampCardAfter(member.stamps, priced.stamp, settings);
    const stampCoupon = stampCard.completed
      ? await automaticCoupon(
          settings.automaticCoupons.stampCard,
          { member, couponId: `stamp-${purchaseId}`, source: 'stamp-card', sourceId: purchaseId },
          settings,
          nowMs,
          deps,
        )
      : null;
    const ref = { kind: 'receipt', id: `${storeId}/${request.receiptNo}` };
    const by = { kind: 'staff' as const, id: staff.openid, storeId };
    const book = openBook(member, settings, nowMs, by, () => newId(nowMs));
    // Wallet and points as cash first: the purchase's own points are not there to spend yet.
    const payment = await payWithWalletAndPoints(
      {
        member,
        settings,
        payableFen: priced.payableFen,
        walletFen: request.walletFen ?? 0,
        pointsToUse: request.pointsToUse ?? 0,
        book,
        ref,
        nowMs,
        by,
        newId: () => newId(nowMs),
      },
      deps,
    );
    const quote = earningOnMoney(priced, payment.unearnedFen, {
      settings,
      member,
      amountFen: request.amountFen,
      items: request.items ?? [],
      promotions,
      storeId,
      nowMs,
      coupon,
    });
    const bought = { book, member, purchaseId, atMs: nowMs };
    const own = ownPoints(
      bought,
      {
        points: quote.points,
        growth: quote.growth,
        growthMonth: quote.growthMonth,
        reason: `门店消费 ¥${(quote.payableFen / 100).toFixed(2)}`,
        ref,
      },
      settings,
    );
    const upgrade = quote.upgradeTo
      ? levelUp({ member, to: quote.upgradeTo, settings, book, nowMs, ref, newId: () => newId(nowMs) })
      : null;
    const engagement = applyEngagement({
      member,
      settings,
      book,
      nowMs,
      completes: ['first-purchase'],
      facts: badgeFacts(member, settings, {
        purchases: member.purchaseCount + 1,
        levelCode: upgrade?.update.levelCode,
      }),
      growthMonth: quote.growthMonth,
      rewardsWait: true,
    });
    // What the purchase completes (首次消费) waits for the refund window, so buying and refunding pays nothing.
    const announced = [...own.announced, ...announceTasks(bought, engagement.waitingTasks, settings)];
    const firstPurchase = member.purchaseCount === 0;
    const paysReferral = firstPurchase && member.referrerId && referralQualifies(quote.payableFen, settings);

    const posting = book.posting();
    const purchase: PurchaseRecord = {
      purchaseId,
      storeId,
      receiptNo: request.receiptNo,
      memberId: member.memberId,
      memberNo: member.memberNo,
      nickname: member.nickname,
      amountFen: quote.amountFen,
      ...discountsOf(quote),
      couponDiscountFen: quote.couponDiscountFen,
      payableFen: quote.payableFen,
      items: request.items ?? [],
      points: quote.points,
      growth: quote.growth,
      growthMonth: quote.growthMonth,
      lotId: own.lotId,
      levelBefore: member.levelCode,
      levelChange: upgrade?.view ?? null,
      giftPoints: upgrade?.giftPoints ?? 0,
      promotionId: quote.promotion?.promotionId ?? null,
      couponsUsed: coupon ? [coupon.couponId] : [],
      badges: engagement.newBadges,
      refundedFen: 0,
      pointsReversed: 0,
      growthReversed: 0,
      requestHash,
      at,
      businessDate: businessDateOf(nowMs, settings.timezone),
      by: staff.openid,
      // The rules it earned under: a later settings version never changes what this purchase says.
      programVersion: program.version,
      stamped: quote.stamp,
      stampCouponId: stampCoupon?.couponId ?? null,
      stampRemoved: false,
      stampCard: { count: stampCard.count, of: settings.stampCard.stampsPerCard },
      paidWith: payment.paidWith,
    };
    const writes: TxWrite[] = [
      ...counterGateWrites(staff, deps),
      promotionsUnchanged,
      deps.purchases.receiptMarkerWrite(storeId, request.receiptNo, purchaseId),
      deps.purchases.codeUseWrite(
        scanned.claims.memberNo,
        scanned.claims.expiresAtSeconds,
        scanned.claims.nonce,
        purchaseId,
      ),
      deps.purchases.purchaseWrite(purchase),
      ...deps.pointsAccounts.writes({
        member,
        posting,
        update: {
          ...upgrade?.update,
          growthLifetimeDelta: quote.growth,
          purchaseCountDelta: 1,
          lastPurchaseAt: at,
          purchaseMonth: {
            month: purchase.businessDate.slice(0, 7),
            currentMonth: purchase.businessDate.slice(0, 7),
            n: 1,
            fen: quote.payableFen,
          },
          stampsDelta: stampCard.count - member.stamps,
          pendingPointsDelta: pendingDelta(announced),
          fields: { ...engagement.fields, ...homeStoreOf(member, storeId) },
          ...walletTotals(payment),
        },
        levelChange: upgrade?.levelChange,
      }),
      ...(payment.walletPosting ? deps.wallet.writes(member.memberId, payment.walletPosting) : []),
      ...announcedWrites(announced, member.version, deps),
      ...(await rewardCouponWrites(
        { member, entitlement: upgrade?.entitlement, tasks: engagement.completedTasks, settings, nowMs },
        deps,
      )),
      ...(coupon ? couponUseWrites(coupon, purchase, deps) : []),
      ...(stampCoupon ? [deps.coupons.issueWrite(stampCoupon)] : []),
      ...(paysReferral && member.referrerId
        ? [
            deps.engagement.pendingReferralWrite({
              referrerId: member.referrerId,
              inviteeId: member.memberId,
              inviteeNo: member.memberNo,
              purchaseId,
              status: 'pending',
              at,
              releasesAt: new Date(releaseTime('referral', nowMs, settings)).toISOString(),
            }),
          ]
        : []),
    ];
    const outcome = await deps.commit(writes);
    if (outcome.ok) {
      if (paysReferral && member.referrerId) await rewardReferrer(member.referrerId, member.memberId, nowMs, deps);
      const released = await releaseIfDue(announced, nowMs, deps);
      const written = memberAsWritten(member, posting, {
        pendingPointsDelta: pendingDelta(announced),
        levelCode: upgrade?.update.levelCode,
      });
      const [names, memberAfter] = await Promise.all([
        purchaseNames(settings, deps),
        memberAfterPurchase(released ? undefined : written, member.memberId, settings, nowMs, deps),
      ]);
      return { ...toPurchaseResponse(purchase, names), memberAfter };
    }
    if ('failed' in outcome) refuseFailedGate(outcome.failed);
    if ('failed' in outcome && outcome.failed.includes(PROMOTIONS_STAMP_MOVED)) deps.activePromotions.invalidate();
    if ('failed' in outcome && outcome.failed.includes(RECEIPT_TAKEN))
      return sameRequestOrDuplicate(storeId, request.receiptNo, requestHash, settings, deps);
    if ('failed' in outcome && outcome.failed.includes(CODE_USED)) throw new DomainError('CODE_USED');
    if (coupon && 'failed' in outcome && outcome.failed.includes(COUPON_TAKEN)) {
      // Used by another purchase a moment ago (or expired meanwhile): the re-read refuses it with the reason.
      const latest = await deps.coupons.coupon(member.memberId, coupon.couponId, true);
      if (latest)
        refuseUnusable(latest, {
          memberId: member.memberId,
          storeId,
          amountAfterLevelFen: afterBestDiscount(quote),
          nowMs,
        });
    }
    return RETRY;
  });
}
