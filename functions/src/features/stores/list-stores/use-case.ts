import type { AppDeps } from '../../../composition';

/** Every store of the chain (a chain has tens, not thousands: one page). */
export const listStores = async (deps: Pick<AppDeps, 'stores'>) => ({
  items: await deps.stores.list(),
  nextCursor: null,
});
