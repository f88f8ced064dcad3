import { DomainError, type PatchMeRequest } from '@app/shared';
import type { AppDeps } from '../../composition';
import type { Principal } from '../../http/route';
import { callerMember, cardOf } from '../member-access';

/** Profile edits. The birthday drives birthday gifts, so it is set once: the same value again is a no-op. */
export async function updateProfile(principal: Principal, patch: PatchMeRequest, nowMs: number, deps: Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts'>) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(nowMs)]);
  const change = { ...patch };
  if (change.birthday !== undefined && member.birthday !== null) {
    if (change.birthday !== member.birthday) throw new DomainError('BIRTHDAY_LOCKED');
    delete change.birthday;
  }
  if (Object.keys(change).length === 0) return cardOf(member, settings, nowMs, deps);
  const updated = await deps.members.updateProfile(member.memberId, change, new Date(nowMs).toISOString());
  if (updated === 'birthday-locked') throw new DomainError('BIRTHDAY_LOCKED');
  return cardOf(updated, settings, nowMs, deps);
}
