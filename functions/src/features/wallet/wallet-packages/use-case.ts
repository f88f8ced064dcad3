import type { WalletPackagesResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { toPackageView } from '../views';

/** The packages on offer (active ones, in the marketer's order) and the custom amount's bounds. */
export async function walletPackages(
  nowMs: number,
  deps: Pick<AppDeps, 'topups' | 'programAt'>,
): Promise<WalletPackagesResponse> {
  const [packages, settings] = await Promise.all([deps.topups.packages(), deps.programAt(nowMs)]);
  return {
    items: packages.filter((pkg) => pkg.active).map(toPackageView),
    customMinFen: settings.wallet.customMinFen,
    customMaxFen: settings.wallet.customMaxFen,
  };
}
