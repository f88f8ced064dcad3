import { formatInZone, type MemberCodeResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

/** Clients fetch a new code this long before the old one expires, so the QR on screen is always valid. */
const refreshMargin = (ttlSeconds: number) => Math.min(15, Math.floor(ttlSeconds / 4)) * 1000;

/** A signed, short-lived member code for the QR at the counter. */
export async function memberCode(
  principal: Principal,
  now: number,
  deps: Pick<AppDeps, 'members' | 'programAt' | 'memberCodes'>,
): Promise<MemberCodeResponse> {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(now)]);
  const ttl = settings.memberCode.ttlSeconds;
  const { code, expiresAtMs } = deps.memberCodes.issue(member.memberNo, now, ttl);
  return {
    code,
    expiresAt: formatInZone(expiresAtMs, settings.timezone),
    refreshAfter: formatInZone(expiresAtMs - refreshMargin(ttl), settings.timezone),
  };
}
