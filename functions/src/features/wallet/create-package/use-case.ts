import type { WalletPackageRequest } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { savePackage } from '../package-write';

export const createPackage = (
  request: WalletPackageRequest,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'topups' | 'coupons' | 'commit' | 'audit'>,
) => savePackage(request, null, by, nowMs, deps);
