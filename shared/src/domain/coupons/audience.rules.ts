import type { Audience } from '../../contracts/campaigns';
import { businessDateOf } from '../time/program-time';

/** A member as audience conditions see them. */
export interface AudienceCandidate {
  memberId: string;
  memberNo: string;
  levelCode: string;
  joinedAt: string;
  birthday: string | null;
  lastPurchaseAt: string | null;
  /** Points balance (lot points − debt). */
  points: number;
  homeStoreId: string | null;
}

export interface AudienceContext {
  nowMs: number;
  timeZone: string;
  /** The members holding each tag or segment the audience names (loaded once before evaluating). */
  tagged: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Whether a member belongs to an audience: every condition given must hold (`{}` is everyone). Dates are business
 * dates in program time. Tags and segments match when the member holds at least one of those named; inactivity
 * counts members who never bought too; last-purchase bounds only match members who bought (before: strictly
 * earlier; after: on or after).
 */
export function matchesAudience(member: AudienceCandidate, audience: Audience, context: AudienceContext): boolean {
  const day = (iso: string) => businessDateOf(Date.parse(iso), context.timeZone);
  const holdsAny = (names: readonly string[]) => names.some((name) => context.tagged.get(name)?.has(member.memberId));
  if (audience.levels && !audience.levels.includes(member.levelCode)) return false;
  if (audience.memberNos && !audience.memberNos.includes(member.memberNo)) return false;
  if (audience.homeStoreIds && (!member.homeStoreId || !audience.homeStoreIds.includes(member.homeStoreId)))
    return false;
  if (audience.tags && !holdsAny(audience.tags)) return false;
  if (audience.segments && !holdsAny(audience.segments.map((segment) => `segment:${segment}`))) return false;
  if (audience.joinedFrom && day(member.joinedAt) < audience.joinedFrom) return false;
  if (audience.joinedTo && day(member.joinedAt) > audience.joinedTo) return false;
  if (
    audience.lastPurchaseBefore &&
    (!member.lastPurchaseAt || day(member.lastPurchaseAt) >= audience.lastPurchaseBefore)
  )
    return false;
  if (audience.lastPurchaseAfter && (!member.lastPurchaseAt || day(member.lastPurchaseAt) < audience.lastPurchaseAfter))
    return false;
  if (
    audience.inactiveDays !== undefined &&
    member.lastPurchaseAt &&
    context.nowMs - Date.parse(member.lastPurchaseAt) < audience.inactiveDays * 86_400_000
  )
    return false;
  if (
    audience.birthdayMonth !== undefined &&
    (!member.birthday || Number(member.birthday.slice(5, 7)) !== audience.birthdayMonth)
  )
    return false;
  if (audience.pointsMin !== undefined && member.points < audience.pointsMin) return false;
  if (audience.pointsMax !== undefined && member.points > audience.pointsMax) return false;
  return true;
}

/** The tags and segments an audience names (to be loaded before evaluating it). */
export const audienceTags = (audience: Audience): string[] => [
  ...(audience.tags ?? []),
  ...(audience.segments ?? []).map((segment) => `segment:${segment}`),
];
