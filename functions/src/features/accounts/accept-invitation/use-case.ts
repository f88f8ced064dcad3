import { DomainError, type AcceptInvitationRequest, type AuthResponse } from '@app/shared';
import { ACCOUNT_EXISTS, INVITATION_TAKEN, type AccountRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { newIdFactory } from '../../../core/ids';
import { sessionFor } from '../session';

type Deps = Pick<
  AppDeps,
  'identityProvider' | 'invitations' | 'accounts' | 'audit' | 'commit' | 'tokens' | 'config' | 'realNow' | 'stores'
>;

/**
 * The new employee opens the invitation and logs in with WeChat: one transaction uses the invitation (once, before
 * it expires) and creates their staff account at its store, with the audit entry. The same person accepting again
 * (a lost answer) is simply logged in; anyone else is refused. An openid that is already a member, staff or
 * marketer is refused too (one identity per WeChat account).
 */
export async function acceptInvitation(
  request: AcceptInvitationRequest,
  nowMs: number,
  deps: Deps,
): Promise<AuthResponse> {
  const openid = await deps.identityProvider.resolveOpenid(request.code);
  if (!openid) throw new DomainError('AUTH_INVALID', '登录凭证无效或已过期，请重新进入小程序');
  const invitation = await deps.invitations.get(request.invitation, true);
  if (!invitation) throw new DomainError('INVITATION_INVALID');
  const identity = await deps.accounts.getIdentity(openid, true);
  if (invitation.usedBy === openid && identity?.role === 'staff') return sessionFor(identity, deps);
  if (invitation.usedBy) throw new DomainError('INVITATION_USED');
  if (Date.parse(invitation.expiresAt) <= nowMs) throw new DomainError('INVITATION_EXPIRED');
  if (identity) throw alreadyHasIdentity();

  const at = new Date(nowMs).toISOString();
  const account: AccountRecord = {
    role: 'staff',
    openid,
    storeId: invitation.storeId,
    ...(invitation.name ? { name: invitation.name } : {}),
    createdAt: at,
    createdBy: invitation.createdBy,
  };
  const outcome = await deps.commit([
    deps.invitations.acceptWrite(invitation.invitation, openid, at),
    deps.accounts.accountWrite(account),
    deps.audit.write({
      auditId: newIdFactory()(nowMs),
      at,
      actor: invitation.createdBy,
      action: 'account.create',
      target: { kind: 'account', id: openid },
      after: { ...account, via: 'invitation' },
    }),
  ]);
  if (outcome.ok) return sessionFor(account, deps);
  if ('failed' in outcome && outcome.failed.includes(ACCOUNT_EXISTS)) throw alreadyHasIdentity();
  // Another employee (or this one, a moment ago) took it, or it ran out meanwhile: read it again to say which.
  const latest = await deps.invitations.get(request.invitation, true);
  if (latest?.usedBy === openid) {
    const mine = await deps.accounts.getIdentity(openid, true);
    if (mine) return sessionFor(mine, deps);
  }
  if ('failed' in outcome && outcome.failed.includes(INVITATION_TAKEN) && !latest?.usedBy)
    throw new DomainError('INVITATION_EXPIRED');
  throw new DomainError('INVITATION_USED');
}

const alreadyHasIdentity = () =>
  new DomainError('ACCOUNT_EXISTS', '这个微信号已是会员或员工账号，不能再开通店员；请换一个微信号，或联系总部');
