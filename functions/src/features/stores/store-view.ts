import type { StoreResponse } from '@app/shared';
import type { StoreRecord } from '../../adapters/dynamodb';

/** A store as the console shows it: one written before stores could close is open. */
export const toStoreResponse = (store: StoreRecord): StoreResponse => ({
  storeId: store.storeId,
  name: store.name,
  city: store.city,
  status: store.status ?? 'open',
});
