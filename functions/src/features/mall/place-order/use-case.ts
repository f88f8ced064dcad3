import { randomInt } from 'node:crypto';
import {
  DomainError,
  monthOf,
  pickupCodeFrom,
  pickupDeadline,
  redemptionRefusal,
  type CreateOrderRequest,
  type MallTerms,
  type OrderView,
  type RedemptionRefusal,
} from '@app/shared';
import { LIMIT_REACHED, STOCK_EXHAUSTED, type OrderRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { couponFromTemplate, rewardCouponWrites } from '../../coupons/issue';
import { applyEngagement, badgeFacts } from '../../engagement/engagement';
import { openBook } from '../../points/account-book';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import { toOrderView } from '../views';

type Deps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'mall' | 'coupons' | 'entitlements' | 'commit'>;

/**
 * A redemption, as one transaction: the order, its pickup code (goods) or its coupons (coupon items), the stock (`stock >= q`), the member's count of
 * the item (`redeemed <= limit − q`), the points from the earliest-expiring lots (no debt), the member's version.
 * Any refusal is decided before writing and enforced again inside the write, so nothing is half-done.
 */
export async function placeOrder(
  request: CreateOrderRequest,
  principal: Principal,
  nowMs: number,
  deps: Deps,
): Promise<OrderView> {
  const [settings, firstRead] = await Promise.all([deps.programAt(nowMs), deps.mall.heldItem(request.itemId)]);
  if (!firstRead || firstRead.hidden) throw new DomainError('NOT_FOUND', '商品不存在或已下架');
  const template = firstRead.kind === 'coupon' ? await deps.coupons.template(firstRead.couponTemplateId!) : null;
  if (firstRead.kind === 'coupon' && !template) throw new DomainError('ITEM_NOT_OFFERED', '该优惠券暂不可兑换');
  const newId = newIdFactory();
  const orderId = newId(nowMs);
  const at = new Date(nowMs).toISOString();
  const quantity = request.quantity;

  return retrying(async (attempt) => {
    // The first attempt takes the item as this container holds it and the member's count as none: the stock's and
    // the count's conditions check both. A lost attempt reads them afresh, and the checks say why.
    const fresh = attempt > 0;
    const [member, redeemed, item] = await Promise.all([
      deps.members.getById(principal.memberId!, fresh),
      fresh ? deps.mall.redeemedCounts(principal.memberId!, true).then((counts) => counts.get(request.itemId) ?? 0) : 0,
      fresh ? deps.mall.getItem(request.itemId, true) : firstRead,
    ]);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    if (!item || item.hidden) throw new DomainError('NOT_FOUND', '商品不存在或已下架');
    const book = openBook(member, settings, nowMs, { kind: 'member', id: principal.openid }, () => newId(nowMs));
    book.expireDue();
    const refusal = redemptionRefusal(
      item,
      { levelCode: member.levelCode, spendable: book.spendable, debt: book.currentDebt, redeemed },
      settings.levels,
      quantity,
      nowMs,
    );
    if (refusal)
      throw refusalError(refusal, { item, quantity, redeemed, spendable: book.spendable, debt: book.currentDebt });

    const points = item.points * quantity;
    const { takes } = book.debit(
      points,
      {
        type: 'spend',
        reasonCode: 'mall-redemption',
        reason: `积分兑换：${item.name} ×${quantity}`,
        ref: { kind: 'order', id: orderId },
      },
      { allowDebt: false },
    );
    const engagement = applyEngagement({
      member,
      settings,
      book,
      nowMs,
      completes: ['first-redemption'],
      facts: badgeFacts(member, settings, { redemptions: member.redemptions + 1 }),
      growthMonth: monthOf(nowMs, settings.timezone),
    });
    // Goods wait for pickup with a code; coupons are issued in this same write and the order is complete.
    const goods = item.kind === 'goods';
    const pickupCode = goods ? pickupCodeFrom(() => randomInt(0, 100_000_000) / 100_000_000) : null;
    const pickupBy = goods ? pickupDeadline(nowMs) : null;
    const coupons = template
      ? Array.from({ length: quantity }, (_, i) =>
          couponFromTemplate(template, {
            member,
            couponId: `order-${orderId}-${i + 1}`,
            source: 'mall',
            sourceId: orderId,
            nowMs,
            timeZone: settings.timezone,
          }),
        )
      : [];
    const order: OrderRecord = {
      orderId,
      memberId: member.memberId,
      memberNo: member.memberNo,
      nickname: member.nickname,
      itemId: item.itemId,
      itemName: item.name,
      image: item.images[0] ?? null,
      kind: item.kind,
      quantity,
      points,
      cashFen: item.cashFen * quantity,
      stocked: item.stock !== null,
      status: goods ? 'awaiting_pickup' : 'completed',
      pickupCode,
      pickupBy,
      couponIds: coupons.map((coupon) => coupon.couponId),
      takes,
      createdAt: at,
      fulfilledAt: goods ? null : at,
      fulfilledStoreId: null,
      fulfilledBy: null,
      cancelledAt: null,
      cancelReason: null,
      pointsRestored: 0,
      pointsExpiredOnReturn: 0,
    };
    const outcome = await deps.commit([
      deps.mall.orderWrite(order),
      ...(pickupCode && pickupBy ? [deps.mall.pickupCodeWrite(pickupCode, orderId, pickupBy)] : []),
      ...coupons.map((coupon) => deps.coupons.issueWrite(coupon)),
      deps.mall.stockTakeWrite(item, quantity),
      deps.mall.countWrite(member.memberId, item.itemId, quantity, item.perMemberLimit),
      ...deps.pointsAccounts.writes({
        member,
        posting: book.posting(),
        update: { fields: { redemptions: member.redemptions + 1, ...engagement.fields } },
      }),
      ...(await rewardCouponWrites({ member, tasks: engagement.completedTasks, settings, nowMs }, deps)),
    ]);
    if (outcome.ok) return toOrderView(order);
    // A short stock or a full count on what was just read is the answer, not a race to retry; on held values (the
    // first attempt), the next attempt reads them and its checks give the refusal with the current figures.
    if (fresh && 'failed' in outcome && outcome.failed.includes(STOCK_EXHAUSTED)) {
      const latest = await deps.mall.getItem(request.itemId, true);
      if (latest && latest.updatedAt === item.updatedAt && latest.stock !== null && latest.stock < quantity)
        throw refusalError('STOCK_EXHAUSTED', { item: latest, quantity, redeemed });
    }
    if (fresh && 'failed' in outcome && outcome.failed.includes(LIMIT_REACHED)) {
      const latest = (await deps.mall.redeemedCounts(member.memberId, true)).get(item.itemId) ?? 0;
      if (item.perMemberLimit !== null && latest + quantity > item.perMemberLimit)
        throw refusalError('LIMIT_REACHED', { item, quantity, redeemed: latest });
    }
    return RETRY;
  });
}

/** The refusal with the facts that explain it, in the member's words. */
function refusalError(
  code: RedemptionRefusal,
  facts: { item: MallTerms; quantity: number; redeemed: number; spendable?: number; debt?: number },
): DomainError {
  const { item, quantity, redeemed } = facts;
  switch (code) {
    case 'STOCK_EXHAUSTED':
      return new DomainError(code, item.stock ? `库存仅剩 ${item.stock} 件` : '已兑完', {
        stock: item.stock,
        requested: quantity,
      });
    case 'LIMIT_REACHED':
      return new DomainError(
        code,
        item.perOrderLimit !== null && quantity > item.perOrderLimit
          ? `每单限兑 ${item.perOrderLimit} 件`
          : `每人限兑 ${item.perMemberLimit} 件，您已兑换 ${redeemed} 件`,
        {
          perMemberLimit: item.perMemberLimit,
          perOrderLimit: item.perOrderLimit,
          redeemed,
          requested: quantity,
        },
      );
    case 'POINTS_INSUFFICIENT':
      return new DomainError(code, `积分不足，需要 ${item.points * quantity} 积分，当前可用 ${facts.spendable}`, {
        balance: facts.spendable,
        required: item.points * quantity,
      });
    case 'POINTS_IN_DEBT':
      return new DomainError(code, undefined, { debt: facts.debt });
    case 'LEVEL_TOO_LOW':
      return new DomainError(code, undefined, { minLevel: item.minLevel });
    case 'SALE_NOT_STARTED':
      return new DomainError(code, undefined, { saleFrom: item.saleFrom });
    case 'SALE_ENDED':
      return new DomainError(code, undefined, { saleUntil: item.saleUntil });
  }
}
