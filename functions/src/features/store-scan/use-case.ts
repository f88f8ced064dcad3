import { isPickupCode, type ScanResponse } from '@app/shared';
import type { AppDeps } from '../../composition';
import { scanPickupCode } from '../mall/hand-out';
import { scannedMemberOf } from '../member-access';
import { memberFromCode } from '../points/member-code';

type Deps = Pick<AppDeps, 'memberCodes' | 'members' | 'programAt' | 'pointsAccounts' | 'mall'>;

/**
 * What staff see after scanning: a member code (35 digits) or a mall pickup code (8 digits). Looking a member up
 * does not consume the code: only a purchase does. Coupon codes join this switch with their issue.
 */
export async function scanCode(code: string, nowMs: number, deps: Deps): Promise<ScanResponse> {
  const digits = code.replace(/\s+/g, '');
  if (isPickupCode(digits)) return scanPickupCode(digits, nowMs, deps);
  const [{ member }, settings] = await Promise.all([memberFromCode(code, nowMs, deps, 'code'), deps.programAt(nowMs)]);
  return { kind: 'member', member: await scannedMemberOf(member, settings, nowMs, deps), coupons: [] };
}
