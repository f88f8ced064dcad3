import { DomainError, type AccountResponse, type CreateAccountRequest } from '@app/shared';
import type { AccountRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import type { Principal } from '../../http/route';

export const toAccountResponse = (account: AccountRecord): AccountResponse => ({
  openid: account.openid,
  role: account.role,
  storeId: account.role === 'staff' ? account.storeId : null,
  createdAt: account.createdAt,
  createdBy: account.createdBy,
});

/** Marketers provision staff (bound to one existing store) and other marketers. One identity per openid. */
export async function createAccount(request: CreateAccountRequest, by: Principal, nowMs: number, deps: Pick<AppDeps, 'accounts' | 'stores'>): Promise<AccountResponse> {
  const createdAt = new Date(nowMs).toISOString();
  const createdBy = `marketer:${by.openid}`;
  let account: AccountRecord;
  if (request.role === 'staff') {
    const store = await deps.stores.get(request.storeId!);
    if (!store) {
      throw new DomainError('VALIDATION_FAILED', '门店不存在', { issues: [{ path: 'body.storeId', message: 'unknown store' }] });
    }
    account = { role: 'staff', openid: request.openid, storeId: store.storeId, createdAt, createdBy };
  } else {
    account = { role: 'marketer', openid: request.openid, createdAt, createdBy };
  }
  if ((await deps.accounts.createAccount(account)) === 'exists') {
    throw new DomainError('ACCOUNT_EXISTS', '该微信账号已有身份（会员、店员或营销人员），不能重复开通');
  }
  return toAccountResponse(account);
}
