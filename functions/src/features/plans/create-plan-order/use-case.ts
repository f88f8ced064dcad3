import { DomainError } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { orderOnline } from '../money-orders';

/** A member buys a plan: WeChat Pay (delivered when paid) or the wallet (at once). A renewal stacks on the end. */
export async function createPlanOrder(
  planId: string,
  payWith: 'wechat' | 'wallet',
  memberId: string,
  nowMs: number,
  deps: AppDeps,
) {
  const plan = await deps.plans.plan(planId);
  if (!plan?.active) throw new DomainError('NOT_FOUND', '会员方案不存在或已下架');
  return orderOnline(
    { product: 'plan', productId: plan.planId, name: plan.name, priceFen: plan.priceFen },
    payWith,
    memberId,
    nowMs,
    deps,
  );
}
