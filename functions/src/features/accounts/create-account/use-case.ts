import { DomainError, type AccountResponse, type CreateAccountRequest } from '@app/shared';
import { ACCOUNT_EXISTS, type AccountRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import { toAccountResponse } from '../account-view';

/** Marketers provision staff (bound to one existing store) and other marketers. One identity per openid. */
export async function createAccount(
  request: CreateAccountRequest,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'accounts' | 'stores' | 'audit' | 'commit'>,
): Promise<AccountResponse> {
  const createdAt = new Date(nowMs).toISOString();
  const createdBy = `marketer:${by.openid}`;
  let account: AccountRecord;
  let storeName: string | null = null;
  const named = request.name ? { name: request.name } : {};
  if (request.role === 'staff') {
    const store = await deps.stores.get(request.storeId!);
    if (!store) {
      throw new DomainError('VALIDATION_FAILED', '门店不存在', {
        issues: [{ path: 'body.storeId', message: 'unknown store' }],
      });
    }
    account = { role: 'staff', openid: request.openid, storeId: store.storeId, createdAt, createdBy, ...named };
    storeName = store.name;
  } else {
    account = { role: 'marketer', openid: request.openid, createdAt, createdBy, ...named };
  }
  // The account and its audit entry are one transaction: a provisioned account is always in the log.
  await retrying(async () => {
    const outcome = await deps.commit([
      deps.accounts.accountWrite(account),
      deps.audit.write({
        auditId: newIdFactory()(nowMs),
        at: createdAt,
        actor: createdBy,
        action: 'account.create',
        target: { kind: 'account', id: account.openid },
        after: account,
      }),
    ]);
    if (outcome.ok) return true;
    if ('failed' in outcome && outcome.failed.includes(ACCOUNT_EXISTS))
      throw new DomainError('ACCOUNT_EXISTS', '该微信账号已有身份（会员、店员或营销人员），不能重复开通');
    return RETRY;
  });
  return toAccountResponse(account, storeName);
}
