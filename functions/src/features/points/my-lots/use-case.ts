import { formatInZone } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

/** The member's unexpired lots with points left, soonest expiry first. */
export async function myLots(
  principal: Principal,
  now: number,
  deps: Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts'>,
) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(now)]);
  const lots = await deps.pointsAccounts.activeLots(member.memberId);
  const zone = settings.timezone;
  return {
    items: lots
      .filter((lot) => lot.remaining > 0 && (lot.expiresAt === null || Date.parse(lot.expiresAt) > now))
      .map((lot) => ({
        lotId: lot.lotId,
        earnedAt: formatInZone(Date.parse(lot.earnedAt), zone),
        expiresAt: lot.expiresAt && formatInZone(Date.parse(lot.expiresAt), zone),
        remaining: lot.remaining,
        source: lot.source,
      })),
  };
}
