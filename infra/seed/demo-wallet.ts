import type { WalletPackageRecord } from '../../functions/src/adapters/dynamodb';
import type { AppDeps } from '../../functions/src/composition';

/** The demo's top-up packages (product.md "Stored value"): 充¥100送¥10, 充¥300送¥40, 充¥500送¥80 + a coupon. */
export const demoWalletPackages: readonly Omit<WalletPackageRecord, 'updatedAt'>[] = [
  {
    packageId: 'pkg-100',
    title: '充¥100送¥10',
    payFen: 10_000,
    bonusFen: 1_000,
    giftPoints: 0,
    giftTemplateIds: [],
    active: true,
    sort: 1,
  },
  {
    packageId: 'pkg-300',
    title: '充¥300送¥40',
    payFen: 30_000,
    bonusFen: 4_000,
    giftPoints: 0,
    giftTemplateIds: [],
    active: true,
    sort: 2,
  },
  {
    packageId: 'pkg-500',
    title: '充¥500送¥80',
    payFen: 50_000,
    bonusFen: 8_000,
    giftPoints: 0,
    giftTemplateIds: ['tpl-mall-coffee'],
    active: true,
    sort: 3,
  },
];

/** Puts the packages where none is yet (a marketer's later changes stay). */
export async function seedWalletPackages(deps: Pick<AppDeps, 'topups' | 'commit'>, at: string): Promise<void> {
  for (const pkg of demoWalletPackages) {
    if (await deps.topups.package(pkg.packageId)) continue;
    await deps.commit([deps.topups.packageWrite({ ...pkg, updatedAt: at }, false)]);
  }
}
