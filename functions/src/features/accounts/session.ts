import { DomainError, type AuthResponse } from '@app/shared';
import type { IdentityRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { storeNamesOf } from '../../core/store-names';

/** The session an identity logs in with (login, or accepting an invitation); staff also hear their store's name. */
export async function sessionFor(
  identity: IdentityRecord,
  deps: Pick<AppDeps, 'tokens' | 'config' | 'realNow' | 'stores'>,
): Promise<AuthResponse> {
  // A disabled staff or marketer account cannot log in again until a marketer enables it.
  if (identity.role !== 'member' && identity.disabledAt) throw new DomainError('ACCOUNT_DISABLED');
  const openid = identity.openid;
  const claims =
    identity.role === 'member'
      ? { sub: openid, role: identity.role, memberId: identity.memberId, stage: deps.config.stage }
      : identity.role === 'staff'
        ? { sub: openid, role: identity.role, storeId: identity.storeId, stage: deps.config.stage }
        : { sub: openid, role: identity.role, stage: deps.config.stage };
  // Sessions live on the real clock (they are checked on it), whatever business time the request runs at.
  const { token, expiresAtMs } = deps.tokens.issue(claims, deps.realNow());
  const storeName = claims.storeId ? (await storeNamesOf([claims.storeId], deps))[claims.storeId] : undefined;
  return {
    token,
    expiresAt: new Date(expiresAtMs).toISOString(),
    role: identity.role,
    ...(claims.memberId ? { memberId: claims.memberId } : {}),
    ...(claims.storeId ? { storeId: claims.storeId } : {}),
    ...(storeName ? { storeName } : {}),
  };
}
