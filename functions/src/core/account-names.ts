import { accountDisplayName } from '@app/shared';
import type { AppDeps } from '../composition';
import { storeNamesOf } from './store-names';

/**
 * What the console calls some staff or marketer accounts, by openid: each distinct account read once, the name or
 * the store's 店员 and a short number for accounts without one (see `accountDisplayName`). Never the openid, also
 * for an account since removed (then `storeIdOf` says which store's 店员 it was).
 */
export async function accountNamesOf(
  accounts: readonly { openid: string; storeId?: string | null }[],
  deps: Pick<AppDeps, 'accounts' | 'stores'>,
): Promise<Map<string, string>> {
  const distinct = new Map(accounts.map((account) => [account.openid, account.storeId ?? null]));
  const [identities, storeNames] = await Promise.all([
    Promise.all([...distinct.keys()].map((openid) => deps.accounts.getIdentity(openid))),
    storeNamesOf(distinct.values(), deps),
  ]);
  const names = new Map<string, string>();
  [...distinct].forEach(([openid, storeId], index) => {
    const identity = identities[index];
    const account = identity && identity.role !== 'member' ? identity : { role: 'staff' as const, openid, storeId };
    const store = account.role === 'staff' ? (account.storeId ?? storeId) : null;
    names.set(openid, accountDisplayName(account, store ? (storeNames[store] ?? store) : null));
  });
  return names;
}
