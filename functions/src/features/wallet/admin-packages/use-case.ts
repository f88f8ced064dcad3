import type { AppDeps } from '../../../composition';
import { toPackageView } from '../views';

/** Every package, active or not, for the marketer's page. */
export async function adminPackages(deps: Pick<AppDeps, 'topups'>) {
  const packages = await deps.topups.packages();
  return { items: packages.map((pkg) => ({ ...toPackageView(pkg), active: pkg.active, sort: pkg.sort })) };
}
