import { DomainError, type UseCardRequest } from '@app/shared';
import { CARD_NOT_USABLE, CARD_RECEIPT_TAKEN, type CardUseRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { counterScan, memberAtCounter, scannedMember, type AtCounter } from '../../core/member-at-counter';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import type { Principal } from '../../http/route';
import { deliver } from '../plans/deliver';
import { newOrder } from '../plans/money-orders';
import { toCardView } from '../plans/views';

/**
 * Staff use N uses of one of the member's cards: one transaction takes the uses (active, not expired, enough left —
 * conditions in the write), records the use with store, staff and receipt number (unique per store for card uses).
 * The same receipt again answers the first use; a different use with it → RECEIPT_DUPLICATE. The member and their
 * cards come from one Query (the scan's index); the write's conditions decide, and a lost attempt reads the card.
 */
export async function takeCardUses(request: UseCardRequest, staff: Principal, nowMs: number, deps: AppDeps) {
  const storeId = staff.storeId!;
  const scan = counterScan(request, staff, nowMs, deps, 'memberCode');
  const { member, punchCards } = scannedMember(await deps.members.atCounter(scan.claims.memberNo));
  const useId = `U${newIdFactory()(nowMs)}`;
  const ref = `${member.memberId}#${request.cardId}#${request.uses}`;
  return retrying(async (attempt) => {
    const scanned = attempt === 0 ? punchCards.find((held) => held.cardId === request.cardId) : undefined;
    const card = scanned ?? (await deps.punchCards.card(member.memberId, request.cardId));
    if (!card) throw new DomainError('NOT_FOUND', '没有找到这张次卡');
    const at = new Date(nowMs).toISOString();
    const use: CardUseRecord = {
      useId,
      cardId: card.cardId,
      memberId: member.memberId,
      uses: request.uses,
      storeId,
      staff: staff.openid,
      receiptNo: request.receiptNo,
      at,
    };
    const outcome = await deps.commit([
      deps.punchCards.useWrite(card, request.uses, at),
      deps.punchCards.useRecordWrite(use),
      deps.punchCards.receiptWrite(storeId, request.receiptNo, ref),
    ]);
    if (outcome.ok)
      return { cardId: card.cardId, usesLeft: card.usesLeft === null ? null : card.usesLeft - request.uses, useId };
    if ('failed' in outcome && outcome.failed.includes(CARD_RECEIPT_TAKEN)) {
      if ((await deps.punchCards.receiptRef(storeId, request.receiptNo)) !== ref)
        throw new DomainError('RECEIPT_DUPLICATE', '该小票号已登记过其他核销');
      const again = (await deps.punchCards.card(member.memberId, card.cardId))!;
      return { cardId: card.cardId, usesLeft: again.usesLeft, useId: null };
    }
    if ('failed' in outcome && outcome.failed.includes(CARD_NOT_USABLE)) {
      const latest = (await deps.punchCards.card(member.memberId, card.cardId))!;
      const view = toCardView(latest, nowMs);
      if (view.status === 'expired') throw new DomainError('CARD_EXPIRED', '次卡已过期，不能使用');
      if (view.status === 'refunded') throw new DomainError('CARD_EXPIRED', '次卡已退款，不能使用');
      if (latest.usesLeft !== null && latest.usesLeft < request.uses)
        throw new DomainError('CARD_USES_EXHAUSTED', `次卡剩余 ${latest.usesLeft} 次，不够本次核销`, {
          usesLeft: latest.usesLeft,
        });
      return RETRY;
    }
    return RETRY;
  });
}

/** Staff sell a card paid at the till: the order, the card and the receipt marker in one transaction. */
export async function sellCard(
  request: AtCounter & { productId: string; receiptNo: string },
  staff: Principal,
  nowMs: number,
  deps: AppDeps,
) {
  const storeId = staff.storeId!;
  const { member } = await memberAtCounter(request, staff, nowMs, deps);
  const product = await deps.punchCards.product(request.productId);
  if (!product?.active) throw new DomainError('NOT_FOUND', '次卡不存在或已下架');
  const orderId = `PS${newIdFactory()(nowMs)}`;
  const item = {
    product: 'punch' as const,
    productId: product.productId,
    name: product.name,
    priceFen: product.priceFen,
  };
  const base = newOrder(
    orderId,
    item,
    member.memberId,
    { payWith: 'counter', status: 'paid', by: staff.openid, storeId, receiptNo: request.receiptNo },
    nowMs,
  );
  const delivery = await deliver({ ...base, paidAt: base.createdAt }, member, nowMs, deps);
  const outcome = await deps.commit([
    deps.plans.orderCreateWrite({ ...base, paidAt: base.createdAt, deliveredId: delivery.deliveredId }),
    deps.punchCards.receiptWrite(storeId, request.receiptNo, `sell#${member.memberId}#${product.productId}`),
    ...delivery.writes,
  ]);
  if (!outcome.ok) {
    if ('failed' in outcome && outcome.failed.includes(CARD_RECEIPT_TAKEN))
      throw new DomainError('RECEIPT_DUPLICATE', '该小票号已登记过');
    throw new DomainError('BUSY');
  }
  return toCardView((await deps.punchCards.card(member.memberId, delivery.deliveredId))!, nowMs);
}
