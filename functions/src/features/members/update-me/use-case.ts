import { DomainError, monthOf, type PatchMeRequest } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { rewardCouponWrites } from '../../coupons/issue';
import { applyEngagement, badgeFacts } from '../../engagement/engagement';
import { afterPosting, callerMember, cardOf } from '../../../core/member-access';
import { openBook } from '../../points/account-book';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';

type Deps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'commit' | 'coupons' | 'entitlements'>;

/**
 * Profile edits. The birthday drives birthday gifts, so it is set once (the same value again is a no-op).
 * A profile with a chosen nickname and a birthday completes the 完善资料 task, paid in the same write.
 */
export async function updateProfile(principal: Principal, patch: PatchMeRequest, nowMs: number, deps: Deps) {
  const settings = await deps.programAt(nowMs);
  const newId = newIdFactory();
  return retrying(async (attempt) => {
    const member =
      attempt === 0 ? await callerMember(principal, deps) : (await deps.members.getById(principal.memberId!, true))!;
    const change = { ...patch };
    if (change.birthday !== undefined && member.birthday !== null) {
      if (change.birthday !== member.birthday) throw new DomainError('BIRTHDAY_LOCKED');
      delete change.birthday;
    }
    if (Object.keys(change).length === 0) return cardOf(member, settings, nowMs);
    const nicknameSet = member.nicknameSet || change.nickname !== undefined;
    const birthday = change.birthday ?? member.birthday;
    const book = openBook(member, settings, nowMs, { kind: 'member', id: principal.openid }, () => newId(nowMs));
    const engagement = applyEngagement({
      member,
      settings,
      book,
      nowMs,
      completes: nicknameSet && birthday ? ['complete-profile'] : [],
      facts: badgeFacts(member, settings),
      growthMonth: monthOf(nowMs, settings.timezone),
    });
    const posting = book.posting();
    const fields = { ...change, nicknameSet, ...engagement.fields };
    const outcome = await deps.commit([
      ...deps.pointsAccounts.writes({
        member,
        posting: posting.entries.length ? posting : undefined,
        update: { fields },
      }),
      ...(await rewardCouponWrites({ member, tasks: engagement.completedTasks, settings, nowMs }, deps)),
    ]);
    if (!outcome.ok) return RETRY;
    return cardOf({ ...afterPosting(member, posting), ...fields, version: member.version + 1 }, settings, nowMs);
  });
}
