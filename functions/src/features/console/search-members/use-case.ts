import type { MemberSummary } from '@app/shared';
import type { MemberRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { memberSummaryOf } from '../member-summary';

type Deps = Pick<AppDeps, 'members' | 'memberSearch' | 'pointsAccounts' | 'programAt'>;

export const SEARCH_LIMIT = 20;

type MatchedBy = 'memberNo' | 'phone' | 'nickname' | 'recent' | 'none';

/** What the marketer typed: 8 digits are a memberNo, 11 digits a phone, anything else the start of a nickname. */
export function searchKind(q: string): Exclude<MatchedBy, 'none' | 'recent'> {
  if (/^\d{8}$/.test(q)) return 'memberNo';
  if (/^\d{11}$/.test(q)) return 'phone';
  return 'nickname';
}

/**
 * Every lookup is a key or index read (the memberNo index, the phone items, the sharded nickname items): no Scan.
 * Before anything is typed the page lists the members who joined last, newest first, a page at a time (the
 * registration-time items): a marketer on day one sees who is there.
 */
export async function searchMembers(
  query: { q?: string; cursor?: string; limit: number },
  nowMs: number,
  deps: Deps,
): Promise<{ items: MemberSummary[]; matchedBy: MatchedBy; nextCursor: string | null }> {
  const q = query.q?.trim();
  if (!q) return recentMembers(query, nowMs, deps);
  const kind = searchKind(q);
  const settings = await deps.programAt(nowMs);
  let members: MemberRecord[];
  if (kind === 'memberNo') {
    const member = await deps.members.getByMemberNo(q);
    members = member ? [member] : [];
  } else {
    const ids =
      kind === 'phone'
        ? await deps.memberSearch.memberIdsByPhone(q, SEARCH_LIMIT)
        : await deps.memberSearch.memberIdsByNicknamePrefix(q, SEARCH_LIMIT);
    members = await deps.memberSearch.profiles(ids);
  }
  const items = members.map((member) => memberSummaryOf(member, settings, nowMs));
  return { items, matchedBy: items.length ? kind : 'none', nextCursor: null };
}

async function recentMembers(query: { cursor?: string; limit: number }, nowMs: number, deps: Deps) {
  const [page, settings] = await Promise.all([deps.memberSearch.recentMemberIds(query), deps.programAt(nowMs)]);
  const members = await deps.memberSearch.profiles(page.memberIds);
  const items = members.map((member) => memberSummaryOf(member, settings, nowMs));
  return { items, matchedBy: 'recent' as const, nextCursor: page.nextCursor };
}
