import type { AppDeps } from '../composition';

/**
 * The names of the stores a response mentions, by id. Names are read when asked for (a renamed store shows its new
 * name at once); a response that mentions no store reads nothing.
 */
export async function storeNamesOf(
  storeIds: Iterable<string | null | undefined>,
  deps: Pick<AppDeps, 'stores'>,
): Promise<Record<string, string>> {
  const wanted = new Set([...storeIds].filter((id): id is string => Boolean(id)));
  if (wanted.size === 0) return {};
  const names: Record<string, string> = {};
  for (const store of await deps.stores.list()) if (wanted.has(store.storeId)) names[store.storeId] = store.name;
  return names;
}

/** The names of some of the stores, from the names read for a whole response. */
export const storeNamesFor = (storeIds: readonly string[], names: Readonly<Record<string, string>>) =>
  Object.fromEntries(storeIds.filter((id) => names[id] !== undefined).map((id) => [id, names[id]!]));
