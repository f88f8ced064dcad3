import { DomainError, proRataFen, unusedDays } from '@app/shared';
import type { AppDeps } from '../../composition';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import type { Principal } from '../../http/route';
import { askWechatRefund, moneyBackWrites } from '../plans/money-back';
import { memberWrites } from '../plans/money-orders';

/**
 * A marketer refunds a card's unused uses pro rata (price × uses left / uses bought, floored; a 限时卡 by unused
 * days), with a reason, audited, through the channel it was paid by. The card closes conditional on the uses it was
 * read with, so a use racing the refund is never refunded too.
 */
export async function refundCard(
  memberId: string,
  cardId: string,
  reason: string,
  by: Principal,
  nowMs: number,
  deps: AppDeps,
) {
  const newId = newIdFactory();
  const done = await retrying(async () => {
    const [card, member] = await Promise.all([
      deps.punchCards.card(memberId, cardId),
      deps.members.getById(memberId, true),
    ]);
    if (!card || !member) throw new DomainError('NOT_FOUND', '没有找到这张次卡');
    if (card.status === 'refunded') return { card, order: null };
    const order = await deps.plans.order(card.orderId);
    if (!order) throw new DomainError('NOT_FOUND', '没有找到次卡的订单');
    const unused =
      card.usesTotal === null
        ? unusedDays({ startsAt: card.boughtAt, endsAt: card.validUntil }, nowMs)
        : { unused: Date.parse(card.validUntil) > nowMs ? card.usesLeft! : 0, total: card.usesTotal };
    const refundedFen = order.payWith === 'code' ? 0 : proRataFen(card.priceFen, unused.unused, unused.total);
    const at = new Date(nowMs).toISOString();
    const refund = { refundedFen, usesRefunded: card.usesTotal === null ? 0 : unused.unused, reason, at };
    const back = await moneyBackWrites(
      order,
      member,
      refundedFen,
      { nowMs, by: by.openid, newId: () => newId(nowMs) },
      deps,
    );
    const outcome = await deps.commit([
      deps.punchCards.refundWrite(card, refund),
      ...back.writes,
      ...(back.wallet ? memberWrites(member, { wallet: back.wallet }, deps) : []),
      deps.audit.write({
        auditId: newId(nowMs),
        at,
        actor: `marketer:${by.openid}`,
        action: 'punch-card.refund',
        target: { kind: 'punch-card', id: cardId },
        before: { status: card.status, usesLeft: card.usesLeft },
        after: { status: 'refunded', ...refund },
      }),
    ]);
    return outcome.ok ? { card: { ...card, status: 'refunded' as const, refund }, order } : RETRY;
  });
  if (done.order && done.card.refund) await askWechatRefund(done.order, done.card.refund.refundedFen, reason, deps);
  return { cardId, refundedFen: done.card.refund?.refundedFen ?? 0, usesRefunded: done.card.refund?.usesRefunded ?? 0 };
}
