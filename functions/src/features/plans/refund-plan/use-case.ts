import { DomainError, proRataFen, unusedDays, withinCoolingOff } from '@app/shared';
import type { PlanTermRecord, TxWrite } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import type { Principal } from '../../../http/route';
import { askWechatRefund, moneyBackWrites } from '../money-back';
import { memberWrites } from '../money-orders';

/**
 * A marketer ends a member's paid membership (with a reason, audited). Each term not yet over is refunded through
 * the channel it was paid by: in full within 7 days of buying when no benefit was used (no coupon of the term used,
 * no purchase since it began), otherwise pro rata by unused days; the term's unused coupons are revoked and the
 * membership ends where the first refunded term began. One transaction per term; WeChat Pay is asked after each.
 */
export async function refundPlan(memberId: string, reason: string, by: Principal, nowMs: number, deps: AppDeps) {
  const running = (await deps.plans.termsOfMember(memberId)).filter(
    (term) => term.status === 'active' && Date.parse(term.endsAt) > nowMs,
  );
  if (running.length === 0) throw new DomainError('NOT_REFUNDABLE', '该会员没有可退的付费会员');
  let refundedFen = 0;
  let days = 0;
  let couponsRevoked = 0;
  let activeUntil: string | null = null;
  for (const term of running.sort((a, b) => b.startsAt.localeCompare(a.startsAt))) {
    const done = await refundTerm(term, reason, by, nowMs, deps);
    refundedFen += done.refundedFen;
    days += done.unusedDays;
    couponsRevoked += done.couponsRevoked;
    activeUntil = done.activeUntil;
  }
  return { refundedFen, unusedDays: days, couponsRevoked, activeUntil };
}

async function refundTerm(term: PlanTermRecord, reason: string, by: Principal, nowMs: number, deps: AppDeps) {
  const newId = newIdFactory();
  const at = new Date(nowMs).toISOString();
  const done = await retrying(async () => {
    const [member, order] = await Promise.all([
      deps.members.getById(term.memberId, true),
      deps.plans.order(term.orderId),
    ]);
    if (!member || !order) throw new DomainError('NOT_FOUND', '会员或订单不存在');
    const coupons = await Promise.all(term.couponIds.map((id) => deps.coupons.coupon(term.memberId, id, true)));
    const couponUsed = coupons.some((coupon) => coupon?.status === 'used');
    const boughtSince = !!member.lastPurchaseAt && member.lastPurchaseAt >= term.startsAt;
    const unused = unusedDays(term, nowMs);
    const full = withinCoolingOff(term.boughtAt, nowMs) && !couponUsed && !boughtSince;
    const refundFen =
      order.payWith === 'code' ? 0 : full ? order.priceFen : proRataFen(order.priceFen, unused.unused, unused.total);
    const refund = { refundedFen: refundFen, unusedDays: unused.unused, reason, at };
    const back = await moneyBackWrites(
      order,
      member,
      refundFen,
      { nowMs, by: by.openid, newId: () => newId(nowMs) },
      deps,
    );
    const endsAt = Date.parse(term.startsAt) <= nowMs ? null : term.startsAt;
    const paidPlan = member.paidPlan && endsAt ? { ...member.paidPlan, activeUntil: endsAt } : null;
    const revokes: TxWrite[] = coupons.flatMap((coupon) =>
      coupon?.status === 'available' ? [deps.coupons.revokeWrite(coupon)] : [],
    );
    const outcome = await deps.commit([
      deps.plans.termWrite({ ...term, status: 'refunded', refund }, 'active'),
      ...(order.status === 'paid' ? [deps.plans.orderReplaceWrite({ ...order, status: 'refunded' }, 'paid')] : []),
      ...back.writes,
      ...memberWrites(member, { fields: { paidPlan }, ...(back.wallet ? { wallet: back.wallet } : {}) }, deps),
      ...revokes,
      deps.audit.write({
        auditId: newId(nowMs),
        at,
        actor: `marketer:${by.openid}`,
        action: 'plan.refund',
        target: { kind: 'member', id: term.memberId },
        before: { termId: term.termId, endsAt: term.endsAt },
        after: { status: 'refunded', full, ...refund },
      }),
    ]);
    return outcome.ok
      ? { order, refundFen, unused: unused.unused, revoked: revokes.length, activeUntil: paidPlan?.activeUntil ?? null }
      : RETRY;
  });
  await askWechatRefund(done.order, done.refundFen, reason, deps);
  return {
    refundedFen: done.refundFen,
    unusedDays: done.unused,
    couponsRevoked: done.revoked,
    activeUntil: done.activeUntil,
  };
}
