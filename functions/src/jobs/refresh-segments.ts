import { bigSpenderThreshold, segmentCodes, segmentFactsOf, segmentsOf, type SegmentFacts } from '@app/shared';
import { MEMBER_DIRECTORY_SHARDS, SEGMENT_TAG_PREFIX } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import { spendDropMembers } from '../features/analytics/spend-drop';

/**
 * Nightly RFM segments (product.md; boundaries in docs/decisions.md "Segments and tags"). Walks the member
 * directory once (its projection carries the facts: joinedAt, purchaseCount, lastPurchaseAt, purchasesByMonth),
 * computes the 高消费 line over everyone, decides each member's segments and writes only the differences with the
 * tags held now; 消费预警 reads the spend per day the stream keeps (features/analytics/spend-drop.ts). Re-running changes nothing; a crash half-way is finished by the next run, which compares afresh.
 */
export async function refreshSegments(nowMs: number, deps: AppDeps): Promise<Record<string, number>> {
  const settings = await deps.programAt(nowMs);
  const facts = new Map<string, SegmentFacts>();
  await Promise.all(
    Array.from({ length: MEMBER_DIRECTORY_SHARDS }, async (_, shard) => {
      let cursor = '';
      do {
        const page = await deps.coupons.directoryPage(shard, cursor, 500);
        for (const entry of page.entries) facts.set(entry.memberId, segmentFactsOf(entry, nowMs, settings.timezone));
        cursor = page.next ?? '';
      } while (cursor);
    }),
  );
  const context = {
    nowMs,
    timeZone: settings.timezone,
    bigSpenderThresholdFen: bigSpenderThreshold([...facts.values()].map((member) => member.spend12mFen)),
  };
  const wanted = new Map(segmentCodes.map((code) => [code, new Set<string>()]));
  for (const [memberId, member] of facts)
    for (const code of segmentsOf(member, context)) wanted.get(code)!.add(memberId);
  const lastPurchases = [...facts].map(([memberId, member]) => ({ memberId, lastPurchaseAt: member.lastPurchaseAt }));
  for (const memberId of await spendDropMembers(lastPurchases, nowMs, settings.timezone, deps))
    wanted.get('spend-drop')!.add(memberId);

  const stamp = { at: new Date(nowMs).toISOString(), by: 'job:refresh-segments' };
  const result: Record<string, number> = {
    members: facts.size,
    thresholdFen: context.bigSpenderThresholdFen ?? 0,
    added: 0,
    removed: 0,
  };
  for (const code of segmentCodes) {
    const tag = `${SEGMENT_TAG_PREFIX}${code}`;
    const held = await deps.tags.holders(tag);
    const members = wanted.get(code)!;
    const joining = [...members].filter((memberId) => !held.has(memberId));
    // A member who left the program's directory (none today) keeps no segment either.
    const leaving = [...held].filter((memberId) => !members.has(memberId));
    await deps.tags.putMany(tag, joining, stamp);
    await deps.tags.deleteMany(tag, leaving);
    result.added! += joining.length;
    result.removed! += leaving.length;
    result[code] = members.size;
  }
  return result;
}
