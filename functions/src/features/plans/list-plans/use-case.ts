import type { AppDeps } from '../../../composition';
import { toPlanView } from '../views';

/** The plans on sale (开通PLUS), shortest period first. */
export async function listPlans(deps: Pick<AppDeps, 'plans'>) {
  return (await deps.plans.plans()).filter((plan) => plan.active).map(toPlanView);
}
