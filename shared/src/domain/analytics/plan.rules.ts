import { lazySchema } from '../../lazy-schema';
import * as z from 'zod';
import { businessDateOf } from '../time/program-time';
import type { RecordChange, StatDelta } from './aggregation.rules';

/**
 * Paid membership and punch-card figures (issue 17), added by the same aggregator as every statistic, so they are
 * sums of deltas a recomputation from the records reproduces:
 * - per business day (store `-` for online, the counter's store for cards sold or used there): plans bought new,
 *   renewed (a term stacked on a running one) and opened with a code, plan revenue and refunds, punch cards sold,
 *   their revenue and refunds, and uses taken;
 * - members holding a plan, by the business day their plan ends (`expiry` buckets, field `planMembers`): the members
 *   with a plan today are the sum over the days from today on (an end passing needs no write).
 */
export const planTermImage = lazySchema(() =>
  z.object({
    entity: z.literal('PlanTerm'),
    orderId: z.string(),
    priceFen: z.number(),
    startsAt: z.string(),
    boughtAt: z.string(),
    status: z.string(),
    refund: z.object({ refundedFen: z.number(), at: z.string() }).nullish(),
  }),
);
export const punchCardImage = lazySchema(() =>
  z.object({
    entity: z.literal('PunchCard'),
    priceFen: z.number(),
    boughtAt: z.string(),
    status: z.string(),
    refund: z.object({ refundedFen: z.number(), at: z.string() }).nullish(),
  }),
);
export const cardUseImage = lazySchema(() =>
  z.object({
    entity: z.literal('CardUse'),
    uses: z.number(),
    storeId: z.string(),
    at: z.string(),
  }),
);
export const PLAN_COUNTED = { PlanTerm: planTermImage, PunchCard: punchCardImage, CardUse: cardUseImage } as const;

export const PLAN_DAY_FIELDS = [
  'plansNew',
  'plansRenewed',
  'plansByCode',
  'planRevenueFen',
  'planRefundsFen',
  'cardsSold',
  'cardRevenueFen',
  'cardRefundsFen',
  'cardUses',
] as const;
export type PlanDayField = (typeof PLAN_DAY_FIELDS)[number];
export const PLAN_MEMBERS_FIELD = 'planMembers';

/** Orders opened by an activation code (features/plans: `PK…`, price 0). */
const byCode = (orderId: string) => orderId.startsWith('PK');
const NO_STORE = '-';

type Refund = { refundedFen: number; at: string } | null | undefined;

export function planDeltasOf(change: RecordChange, timeZone: string): StatDelta[] {
  const before = change.old as Record<string, unknown> | null;
  const after = change.new as Record<string, unknown> | null;
  const entity = (after ?? before)?.entity;
  const dateOf = (iso: string) => businessDateOf(Date.parse(iso), timeZone);
  const day = (iso: string, storeId: string | null | undefined, add: Record<string, number>): StatDelta => ({
    bucket: { kind: 'day', date: dateOf(iso), storeId: storeId || NO_STORE },
    add,
  });
  const inserted = after && !before ? 1 : before && !after ? -1 : 0;
  const refundMoved = (field: PlanDayField, storeId?: string | null): StatDelta[] => {
    const was = (before?.refund ?? null) as Refund;
    const now = (after?.refund ?? null) as Refund;
    const deltas: StatDelta[] = [];
    if (was && !now) deltas.push(day(was.at, storeId, { [field]: -was.refundedFen }));
    if (now && !was) deltas.push(day(now.at, storeId, { [field]: now.refundedFen }));
    return deltas;
  };

  if (entity === 'Member') {
    const untilOf = (image: Record<string, unknown> | null) =>
      ((image?.paidPlan as { activeUntil?: string } | null | undefined)?.activeUntil ?? null) as string | null;
    const was = untilOf(before);
    const now = untilOf(after);
    if (was && now && dateOf(was) === dateOf(now)) return [];
    const deltas: StatDelta[] = [];
    if (was) deltas.push({ bucket: { kind: 'expiry', date: dateOf(was) }, add: { [PLAN_MEMBERS_FIELD]: -1 } });
    if (now) deltas.push({ bucket: { kind: 'expiry', date: dateOf(now) }, add: { [PLAN_MEMBERS_FIELD]: 1 } });
    return deltas;
  }
  if (entity === 'PlanTerm') {
    const term = planTermImage.parse(after ?? before);
    const deltas = inserted ? [] : refundMoved('planRefundsFen');
    if (!inserted) return deltas;
    const kind: PlanDayField = byCode(term.orderId)
      ? 'plansByCode'
      : Date.parse(term.startsAt) > Date.parse(term.boughtAt)
        ? 'plansRenewed'
        : 'plansNew';
    deltas.push(day(term.boughtAt, null, { [kind]: inserted, planRevenueFen: inserted * term.priceFen }));
    if (term.refund) deltas.push(day(term.refund.at, null, { planRefundsFen: inserted * term.refund.refundedFen }));
    return deltas;
  }
  if (entity === 'PunchCard') {
    const card = punchCardImage.parse(after ?? before);
    if (!inserted) return refundMoved('cardRefundsFen');
    const deltas = [day(card.boughtAt, null, { cardsSold: inserted, cardRevenueFen: inserted * card.priceFen })];
    if (card.refund) deltas.push(day(card.refund.at, null, { cardRefundsFen: inserted * card.refund.refundedFen }));
    return deltas;
  }
  if (entity === 'CardUse' && inserted) {
    const use = cardUseImage.parse(after ?? before);
    return [day(use.at, use.storeId, { cardUses: inserted * use.uses })];
  }
  return [];
}
