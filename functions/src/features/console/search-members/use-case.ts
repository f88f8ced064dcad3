import { formatInZone, levelByCode, pointsView, type MemberSummary, type ProgramSettings } from '@app/shared';
import type { MemberRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';

type Deps = Pick<AppDeps, 'members' | 'memberSearch' | 'pointsAccounts' | 'programAt'>;

export const SEARCH_LIMIT = 20;

type MatchedBy = 'memberNo' | 'phone' | 'nickname' | 'none';

/** What the marketer typed: 8 digits are a memberNo, 11 digits a phone, anything else the start of a nickname. */
export function searchKind(q: string): Exclude<MatchedBy, 'none'> {
  if (/^\d{8}$/.test(q)) return 'memberNo';
  if (/^\d{11}$/.test(q)) return 'phone';
  return 'nickname';
}

/** The phone as a marketer's screen shows it: the middle four digits hidden. */
export const maskPhone = (phone: string | null) => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null);

/** Every lookup is a key or index read (the memberNo index, the phone items, the sharded nickname items): no Scan. */
export async function searchMembers(
  q: string,
  nowMs: number,
  deps: Deps,
): Promise<{ items: MemberSummary[]; matchedBy: MatchedBy }> {
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
  const items = await Promise.all(members.map((member) => memberSummaryOf(member, settings, nowMs, deps)));
  return { items, matchedBy: items.length ? kind : 'none' };
}

/** A member in one line: level, points as they stand now (lots past their expiry already taken off). */
export async function memberSummaryOf(
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'pointsAccounts'>,
): Promise<MemberSummary> {
  const lots = await deps.pointsAccounts.activeLots(member.memberId);
  const level = levelByCode(settings.levels, member.levelCode);
  return {
    memberId: member.memberId,
    memberNo: member.memberNo,
    nickname: member.nickname,
    phoneMasked: maskPhone(member.phone),
    levelCode: level.code,
    levelName: level.name,
    points: pointsView({ lotPoints: member.lotPoints, debt: member.pointsDebt }, lots, nowMs).balance,
    joinedAt: formatInZone(Date.parse(member.joinedAt), settings.timezone),
    lastPurchaseAt: member.lastPurchaseAt && formatInZone(Date.parse(member.lastPurchaseAt), settings.timezone),
  };
}
