import { businessDateOf, membershipMonthAt, notice } from '@app/shared';
import { COUPON_EXISTS, OUTBOX_EXISTS } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import { planCoupons } from '../features/plans/deliver';
import { runPool } from './run-pool';

type Deps = Pick<AppDeps, 'programAt' | 'plans' | 'members' | 'coupons' | 'engagement' | 'commit'>;

/** 会员即将到期 goes out this long before the membership ends (product.md "Paid membership"). */
export const PLAN_NOTICE_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * Daily: the coupons of the membership month each running term is in. Coupon ids are fixed by term, month and
 * template, so each is issued once per member-month whatever re-runs or crashes happen (a re-run finds them issued).
 */
export async function planMonthlyCoupons(nowMs: number, deps: Deps) {
  const settings = await deps.programAt(nowMs);
  const running = (await deps.plans.termsEndingAfter(new Date(nowMs).toISOString())).filter(
    (term) => term.status === 'active' && Date.parse(term.startsAt) <= nowMs && term.monthlyTemplateIds.length > 0,
  );
  let already = 0;
  const issued = await runPool(running, 4, async (term) => {
    const month = membershipMonthAt(term.startsAt, nowMs)!;
    const member = await deps.members.getById(term.memberId);
    if (!member) return false;
    const wanted = term.monthlyTemplateIds.map((id, i) => ({ id, couponId: `plan-${term.termId}-m${month}-${i}` }));
    let any = false;
    for (const coupon of await planCoupons(wanted, { member, termId: term.termId, nowMs, settings }, deps)) {
      const outcome = await deps.commit([deps.coupons.issueWrite(coupon)]);
      if (outcome.ok) any = true;
      else if ('failed' in outcome && outcome.failed.includes(COUPON_EXISTS)) already++;
    }
    return any;
  });
  return { terms: running.length, issued, alreadyIssued: already };
}

/**
 * Daily: 会员即将到期 to members whose membership ends within 3 days (a renewal stacked on it moves the end, so the
 * notice follows the member's end, not a term's). Its message id is fixed by the end date: once per end.
 */
export async function planExpiringNotices(nowMs: number, deps: Deps) {
  const settings = await deps.programAt(nowMs);
  const horizon = nowMs + PLAN_NOTICE_DAYS * DAY_MS;
  const ending = (await deps.plans.termsEndingAfter(new Date(nowMs).toISOString())).filter(
    (term) => term.status === 'active' && Date.parse(term.endsAt) <= horizon,
  );
  let already = 0;
  const written = await runPool(ending, 4, async (term) => {
    const member = await deps.members.getById(term.memberId);
    if (member?.paidPlan?.activeUntil !== term.endsAt) return false;
    const expiryDate = businessDateOf(Date.parse(term.endsAt) - 1, settings.timezone);
    const outcome = await deps.commit([
      deps.engagement.outboxWrite(
        ...notice('plan-expiring', {
          memberId: member.memberId,
          occasion: term.endsAt,
          nowMs,
          timeZone: settings.timezone,
          values: { planName: member.paidPlan.name, expiryDate },
        }),
      ),
    ]);
    if (!outcome.ok && 'failed' in outcome && outcome.failed.includes(OUTBOX_EXISTS)) already++;
    return outcome.ok;
  });
  return { ending: ending.length, written, alreadyWritten: already };
}
