import { DomainError, type MemberCodeClaims } from '@app/shared';
import type { MemberRecord } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';

/** A scanned member code, checked (400 naming `field` when it is no code at all) and resolved to its member. */
export async function memberFromCode(
  code: string,
  nowMs: number,
  deps: Pick<AppDeps, 'memberCodes' | 'members'>,
  field = 'memberCode',
): Promise<{ claims: MemberCodeClaims; member: MemberRecord }> {
  const check = deps.memberCodes.check(code.replace(/\s+/g, ''), nowMs);
  if (!check.ok) {
    if (check.reason === 'MALFORMED') {
      throw new DomainError('VALIDATION_FAILED', '无法识别的会员码', {
        issues: [{ path: `body.${field}`, message: 'not a member code' }],
      });
    }
    throw new DomainError(check.reason);
  }
  const member = await deps.members.getByMemberNo(check.claims.memberNo);
  if (!member) throw new DomainError('CODE_INVALID', '会员码对应的会员不存在');
  return { claims: check.claims, member };
}
