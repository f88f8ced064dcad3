import { planActiveAt, type MyPlanResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';

/** The member's membership while it runs (null when none or ended), with the benefits of the plan. */
export async function myPlan(
  memberId: string,
  nowMs: number,
  deps: Pick<AppDeps, 'members' | 'plans'>,
): Promise<MyPlanResponse> {
  const member = await deps.members.getById(memberId);
  if (!member || !planActiveAt(member.paidPlan, nowMs)) return null;
  const plan = await deps.plans.plan(member.paidPlan.planId);
  return {
    planId: member.paidPlan.planId,
    name: member.paidPlan.name,
    activeUntil: member.paidPlan.activeUntil,
    benefits: plan?.benefits ?? {
      discountPercent: member.paidPlan.discountPercent,
      pointsMultiplier: member.paidPlan.pointsMultiplier,
      activationTemplateIds: [],
      monthlyTemplateIds: [],
    },
  };
}
