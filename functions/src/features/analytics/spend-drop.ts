import { businessDateOf, compareSpend, spendDropped, spendWindows, type SpendComparison } from '@app/shared';
import type { AppDeps } from '../../composition';
import { runPool } from '../../jobs/run-pool';

type Deps = Pick<AppDeps, 'stats'>;

const READS_IN_FLIGHT = 8;

/** The spend of both 消费预警 windows for each member (one Query each: their spend per day, kept by the stream). */
export async function spendComparisons(
  memberIds: readonly string[],
  nowMs: number,
  timeZone: string,
  deps: Deps,
): Promise<Map<string, SpendComparison>> {
  const today = businessDateOf(nowMs, timeZone);
  const { previous } = spendWindows(today);
  const byMember = new Map<string, SpendComparison>();
  await runPool(memberIds, READS_IN_FLIGHT, async (memberId) => {
    byMember.set(memberId, compareSpend(await deps.stats.memberSpend(memberId, previous.from, today), today));
    return true;
  });
  return byMember;
}

/**
 * 消费预警: the members whose last-90-day spend fell by more than half against the 90 days before. Only members
 * who bought anything since the earlier window began can have spent in it, so the others are not read.
 */
export async function spendDropMembers(
  members: readonly { memberId: string; lastPurchaseAt: string | null }[],
  nowMs: number,
  timeZone: string,
  deps: Deps,
): Promise<string[]> {
  const { previous } = spendWindows(businessDateOf(nowMs, timeZone));
  const candidates = members
    .filter(
      (member) => member.lastPurchaseAt && businessDateOf(Date.parse(member.lastPurchaseAt), timeZone) >= previous.from,
    )
    .map((member) => member.memberId);
  const comparisons = await spendComparisons(candidates, nowMs, timeZone, deps);
  return candidates.filter((memberId) => spendDropped(comparisons.get(memberId)!));
}
