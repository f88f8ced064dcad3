import { DomainError } from '@app/shared';
import type { MemberRecord } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import type { Principal } from '../http/route';

/** The caller's own member record: a member token only ever reaches its own card. */
export async function callerMember(principal: Principal, deps: Pick<AppDeps, 'members'>): Promise<MemberRecord> {
  const member = principal.memberId ? await deps.members.getById(principal.memberId) : undefined;
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
  return member;
}
