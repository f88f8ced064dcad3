import type { AppDeps } from '../../../composition';
import { toAdminPlanView } from '../views';

export async function adminPlans(deps: Pick<AppDeps, 'plans'>) {
  return { items: (await deps.plans.plans()).map(toAdminPlanView) };
}
