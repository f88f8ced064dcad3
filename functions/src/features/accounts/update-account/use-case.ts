import { DomainError, type AccountResponse, type UpdateAccountRequest } from '@app/shared';
import { ACCOUNT_CHANGED, type AccountRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import { toAccountResponse } from '../account-view';
import { storeNamesOf } from '../../../core/store-names';

const viewOf = async (account: AccountRecord, deps: Pick<AppDeps, 'stores'>) => {
  const storeId = account.role === 'staff' ? account.storeId : null;
  return toAccountResponse(account, storeId ? ((await storeNamesOf([storeId], deps))[storeId] ?? storeId) : null);
};

/**
 * A marketer disables a staff or marketer account, or enables it again. Tokens are not revoked one by one: every
 * staff or marketer request checks the account (see http/route.ts), so a disabled account's next request is refused.
 * The change and its audit entry are one transaction, written over the state that was read.
 */
export async function updateAccount(
  openid: string,
  change: UpdateAccountRequest,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'accounts' | 'audit' | 'commit' | 'stores'>,
): Promise<AccountResponse> {
  if (openid === by.openid && change.status === 'disabled')
    throw new DomainError('VALIDATION_FAILED', '不能停用自己的账号', {
      issues: [{ path: 'params.openid', message: 'a marketer cannot disable their own account' }],
    });
  const at = new Date(nowMs).toISOString();
  const actor = `marketer:${by.openid}`;
  return retrying(async () => {
    const before = await deps.accounts.getIdentity(openid, true);
    if (!before || before.role === 'member') throw new DomainError('NOT_FOUND', '没有这个员工账号');
    const after: AccountRecord =
      change.status === 'disabled'
        ? { ...before, disabledAt: before.disabledAt ?? at, disabledBy: before.disabledBy ?? actor }
        : { ...before, disabledAt: null, disabledBy: null };
    if (Boolean(before.disabledAt) === Boolean(after.disabledAt)) return viewOf(before, deps);
    const outcome = await deps.commit([
      deps.accounts.accountStateWrite(before, after),
      deps.audit.write({
        auditId: newIdFactory()(nowMs),
        at,
        actor,
        action: change.status === 'disabled' ? 'account.disable' : 'account.enable',
        target: { kind: 'account', id: openid },
        before,
        after,
      }),
    ]);
    if (outcome.ok) return viewOf(after, deps);
    if ('failed' in outcome && !outcome.failed.includes(ACCOUNT_CHANGED))
      throw new Error(`account ${openid} not saved: ${outcome.failed.join(', ')}`);
    return RETRY;
  });
}
