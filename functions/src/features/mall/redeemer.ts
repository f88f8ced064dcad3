import type { MemberRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import type { Principal } from '../../http/route';
import { callerMember, currentPoints } from '../../core/member-access';

export type CatalogDeps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'mall'>;

/** The caller's side of every item: level, points that can be spent now, debt, units already redeemed. */
export async function redeemerOf(principal: Principal, nowMs: number, deps: CatalogDeps) {
  const member: MemberRecord = await callerMember(principal, deps);
  const points = currentPoints(member, nowMs);
  const counts = await deps.mall.redeemedCounts(member.memberId);
  return (itemId: string) => ({
    levelCode: member.levelCode,
    spendable: points.balance + points.debt,
    debt: points.debt,
    redeemed: counts.get(itemId) ?? 0,
  });
}
