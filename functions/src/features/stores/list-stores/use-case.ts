import type { AppDeps } from '../../../composition';
import { toStoreResponse } from '../store-view';

/** Every store of the chain (a chain has tens, not thousands: one page). */
export const listStores = async (deps: Pick<AppDeps, 'stores'>) => ({
  items: (await deps.stores.list()).map(toStoreResponse),
  nextCursor: null,
});
