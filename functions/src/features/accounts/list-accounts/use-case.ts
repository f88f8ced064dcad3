import type { AppDeps } from '../../../composition';
import { toAccountResponse } from '../account-view';

/** Staff and marketer accounts, a page at a time. */
export async function listAccounts(page: { limit: number; cursor?: string }, deps: Pick<AppDeps, 'accounts'>) {
  const found = await deps.accounts.listAccounts(page.limit, page.cursor);
  return { items: found.items.map(toAccountResponse), nextCursor: found.nextCursor };
}
