import type { WalletPackageRequest } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { savePackage } from '../package-write';

/** A package's terms replaced (a top-up already made keeps the terms it was made under). */
export const updatePackage = (
  packageId: string,
  request: WalletPackageRequest,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'topups' | 'coupons' | 'commit' | 'audit'>,
) => savePackage(request, packageId, by, nowMs, deps);
