import {
  audienceTags,
  matchesAudience,
  type Audience,
  type AudienceCandidate,
  type AudienceContext,
  type ProgramSettings,
} from '@app/shared';
import { MEMBER_DIRECTORY_SHARDS, type DirectoryEntry } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

type Deps = Pick<AppDeps, 'coupons'>;

export const candidateOf = (entry: DirectoryEntry): AudienceCandidate => ({
  memberId: entry.memberId,
  memberNo: entry.memberNo,
  levelCode: entry.levelCode,
  joinedAt: entry.joinedAt,
  birthday: entry.birthday,
  lastPurchaseAt: entry.lastPurchaseAt,
  points: entry.lotPoints - entry.pointsDebt,
  homeStoreId: entry.homeStoreId,
});

/** What an audience needs besides the members themselves: the time, and who holds the tags it names. */
export async function audienceContext(
  audience: Audience,
  settings: ProgramSettings,
  nowMs: number,
  deps: Deps,
): Promise<AudienceContext> {
  const tags = audienceTags(audience);
  const sets = await Promise.all(tags.map((tag) => deps.coupons.taggedMemberIds(tag)));
  return { nowMs, timeZone: settings.timezone, tagged: new Map(tags.map((tag, i) => [tag, sets[i]!])) };
}

/** Walks the member directory (all shards, in parallel) and keeps the members of the audience. */
export async function evaluateAudience(
  audience: Audience,
  settings: ProgramSettings,
  nowMs: number,
  deps: Deps,
): Promise<DirectoryEntry[]> {
  const context = await audienceContext(audience, settings, nowMs, deps);
  const shards = await Promise.all(
    Array.from({ length: MEMBER_DIRECTORY_SHARDS }, async (_, shard) => {
      const matched: DirectoryEntry[] = [];
      let cursor = '';
      do {
        const page = await deps.coupons.directoryPage(shard, cursor, 500);
        matched.push(...page.entries.filter((entry) => matchesAudience(candidateOf(entry), audience, context)));
        cursor = page.next ?? '';
      } while (cursor);
      return matched;
    }),
  );
  return shards.flat();
}
