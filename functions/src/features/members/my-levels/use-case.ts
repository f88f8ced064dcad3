import {
  addMonthsToDate,
  businessDateOf,
  formatInZone,
  levelByCode,
  levelValidUntil,
  monthOf,
  namedLevelChange,
  qualifyingGrowth,
} from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';

/** Level, level history and the monthly growth buckets (the last 12 months count toward the level). */
export async function myLevels(principal: Principal, now: number, deps: Pick<AppDeps, 'members' | 'programAt'>) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(now)]);
  const history = await deps.members.levelHistory(member.memberId);
  const zone = settings.timezone;
  const month = monthOf(now, zone);
  const level = levelByCode(settings.levels, member.levelCode);
  const heldSince = Date.parse(member.levelHeldSince);
  const buckets = Array.from({ length: 12 }, (_, i) => addMonthsToDate(`${month}-01`, -i).slice(0, 7)).map(
    (bucket) => ({
      month: bucket,
      growth: member.growthByMonth[bucket] ?? 0,
      qualifying: true,
    }),
  );
  return {
    level: {
      code: level.code,
      name: level.name,
      heldSince: formatInZone(heldSince, zone),
      validUntil: levelValidUntil(settings.levels, level.code, businessDateOf(heldSince, zone)),
    },
    qualifying: qualifyingGrowth(member.growthByMonth, month),
    history: history.map((change) =>
      namedLevelChange(settings.levels, {
        at: formatInZone(Date.parse(change.at), zone),
        from: change.from,
        to: change.to,
        reason: change.reason,
      }),
    ),
    buckets,
  };
}
