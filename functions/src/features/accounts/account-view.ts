import type { AccountResponse } from '@app/shared';
import type { AccountRecord } from '../../adapters/dynamodb';

/** A staff or marketer account as the marketer's console shows it. */
export const toAccountResponse = (account: AccountRecord): AccountResponse => ({
  openid: account.openid,
  role: account.role,
  storeId: account.role === 'staff' ? account.storeId : null,
  createdAt: account.createdAt,
  createdBy: account.createdBy,
  status: account.disabledAt ? 'disabled' : 'active',
  disabledAt: account.disabledAt ?? null,
});
