import { accountDisplayName, type AccountResponse } from '@app/shared';
import type { AccountRecord } from '../../adapters/dynamodb';

/** A staff or marketer account as the marketer's console shows it (`storeName`: its store's, for the fallback name). */
export const toAccountResponse = (account: AccountRecord, storeName: string | null): AccountResponse => ({
  openid: account.openid,
  role: account.role,
  name: account.name ?? null,
  displayName: accountDisplayName(account, storeName),
  storeId: account.role === 'staff' ? account.storeId : null,
  createdAt: account.createdAt,
  createdBy: account.createdBy,
  status: account.disabledAt ? 'disabled' : 'active',
  disabledAt: account.disabledAt ?? null,
});
