import type { AppDeps } from '../../../composition';
import { storeNamesOf } from '../../../core/store-names';
import { toAccountResponse } from '../account-view';

/** Staff and marketer accounts, a page at a time (staff named by their store's name when they have no name). */
export async function listAccounts(
  page: { limit: number; cursor?: string },
  deps: Pick<AppDeps, 'accounts' | 'stores'>,
) {
  const found = await deps.accounts.listAccounts(page.limit, page.cursor);
  const storeNames = await storeNamesOf(
    found.items.map((account) => (account.role === 'staff' ? account.storeId : null)),
    deps,
  );
  return {
    items: found.items.map((account) =>
      toAccountResponse(account, account.role === 'staff' ? (storeNames[account.storeId] ?? account.storeId) : null),
    ),
    nextCursor: found.nextCursor,
  };
}
