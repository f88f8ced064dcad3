import { DomainError, stackedTerm, type ProgramSettings } from '@app/shared';
import type { MemberRecord, MemberUpdate, MoneyOrderRecord, PlanTermRecord, TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { couponFromTemplate } from '../coupons/issue';
import { newPunchCard } from '../cards/new-card';

export type DeliverDeps = Pick<AppDeps, 'plans' | 'punchCards' | 'coupons' | 'programAt'>;

export interface Delivery {
  /** Writes other than the member item's (the caller joins the member's update to its own, in one write). */
  writes: TxWrite[];
  memberFields: MemberUpdate['fields'];
  deliveredId: string;
  activeUntil: string | null;
}

/**
 * What a paid order delivers, however it was paid (WeChat Pay, wallet, till, code): a plan's membership term
 * (stacked on the current end) with its activation coupons and the first month's coupons, or a punch card.
 */
export async function deliver(
  order: MoneyOrderRecord,
  member: MemberRecord,
  nowMs: number,
  deps: DeliverDeps,
): Promise<Delivery> {
  if (order.product === 'punch') {
    const product = await deps.punchCards.product(order.productId);
    if (!product) throw new DomainError('NOT_FOUND', '次卡不存在');
    const card = newPunchCard(product, order, member, nowMs);
    return {
      writes: [deps.punchCards.cardCreateWrite(card)],
      memberFields: {},
      deliveredId: card.cardId,
      activeUntil: null,
    };
  }
  const [plan, settings] = await Promise.all([deps.plans.plan(order.productId), deps.programAt(nowMs)]);
  if (!plan) throw new DomainError('NOT_FOUND', '会员方案不存在');
  const { startsAt, endsAt } = stackedTerm(member.paidPlan, plan.periodDays, nowMs);
  const termId = `T${order.orderId}`;
  const startsNow = Date.parse(startsAt) <= nowMs;
  const coupons = await planCoupons(
    [
      ...plan.benefits.activationTemplateIds.map((id, i) => ({ id, couponId: `plan-${termId}-a${i}` })),
      ...(startsNow
        ? plan.benefits.monthlyTemplateIds.map((id, i) => ({ id, couponId: `plan-${termId}-m0-${i}` }))
        : []),
    ],
    { member, termId, nowMs, settings },
    deps,
  );
  const term: PlanTermRecord = {
    termId,
    memberId: member.memberId,
    planId: plan.planId,
    name: plan.name,
    orderId: order.orderId,
    priceFen: order.priceFen,
    startsAt,
    endsAt,
    boughtAt: new Date(nowMs).toISOString(),
    monthlyTemplateIds: plan.benefits.monthlyTemplateIds,
    couponIds: coupons.map((coupon) => coupon.couponId),
    status: 'active',
    refund: null,
  };
  return {
    writes: [deps.plans.termWrite(term, null), ...coupons.map((coupon) => deps.coupons.issueWrite(coupon))],
    memberFields: {
      paidPlan: {
        planId: plan.planId,
        name: plan.name,
        activeUntil: endsAt,
        discountPercent: plan.benefits.discountPercent,
        pointsMultiplier: plan.benefits.pointsMultiplier,
      },
    },
    deliveredId: termId,
    activeUntil: endsAt,
  };
}

/** A term's coupons with ids fixed by the term and month: issued once whoever issues them (activation or the job). */
export async function planCoupons(
  wanted: { id: string; couponId: string }[],
  context: { member: MemberRecord; termId: string; nowMs: number; settings: ProgramSettings },
  deps: Pick<AppDeps, 'coupons'>,
) {
  const coupons = [];
  for (const { id, couponId } of wanted) {
    const template = await deps.coupons.template(id);
    if (!template) continue;
    coupons.push(
      couponFromTemplate(template, {
        member: context.member,
        couponId,
        source: 'plan',
        sourceId: context.termId,
        nowMs: context.nowMs,
        timeZone: context.settings.timezone,
      }),
    );
  }
  return coupons;
}
