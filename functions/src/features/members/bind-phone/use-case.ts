import { DomainError, monthOf } from '@app/shared';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { afterPosting, callerMember, cardOf } from '../../../core/member-access';
import { retrying, RETRY } from '../../../core/retry';
import { rewardCouponWrites } from '../../coupons/issue';
import { applyEngagement, badgeFacts } from '../../engagement/engagement';
import { openBook } from '../../points/account-book';

type Deps = Pick<
  AppDeps,
  'phoneNumbers' | 'programAt' | 'members' | 'pointsAccounts' | 'commit' | 'coupons' | 'entitlements'
>;

/** Binds the member's phone through the platform's phone-number flow; pays the 绑定手机号 task (points and any coupon) once. */
export async function bindPhone(principal: Principal, phoneCode: string, now: number, deps: Deps) {
  const phone = await deps.phoneNumbers.phoneFor(phoneCode);
  if (!phone)
    throw new DomainError('VALIDATION_FAILED', '手机号授权无效，请重试', {
      issues: [{ path: 'body.code', message: 'invalid phone code' }],
    });
  const settings = await deps.programAt(now);
  const newId = newIdFactory();
  return retrying(async (attempt) => {
    const member =
      attempt === 0 ? await callerMember(principal, deps) : (await deps.members.getById(principal.memberId!, true))!;
    const book = openBook(member, settings, now, { kind: 'member', id: principal.openid }, () => newId(now));
    const engagement = applyEngagement({
      member,
      settings,
      book,
      nowMs: now,
      completes: ['bind-phone'],
      facts: badgeFacts(member, settings),
      growthMonth: monthOf(now, settings.timezone),
    });
    const posting = book.posting();
    const fields = { phone, ...engagement.fields };
    const outcome = await deps.commit([
      ...deps.pointsAccounts.writes({
        member,
        posting: posting.entries.length ? posting : undefined,
        update: { fields },
      }),
      ...(await rewardCouponWrites({ member, tasks: engagement.completedTasks, settings, nowMs: now }, deps)),
    ]);
    if (!outcome.ok) return RETRY;
    return cardOf({ ...afterPosting(member, posting), ...fields }, settings, now);
  });
}
