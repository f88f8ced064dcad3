import { DomainError, type CreateStoreRequest, type StoreResponse } from '@app/shared';
import { STORE_TAKEN } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import { toStoreResponse } from '../store-view';

/** A marketer opens a store; the store and its audit entry are one transaction, and a taken id is refused. */
export async function createStore(
  request: CreateStoreRequest,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'stores' | 'audit' | 'commit'>,
): Promise<StoreResponse> {
  const at = new Date(nowMs).toISOString();
  const store = { storeId: request.storeId, name: request.name, city: request.city, status: 'open' as const };
  const actor = `marketer:${by.openid}`;
  await retrying(async () => {
    const outcome = await deps.commit([
      deps.stores.storeWrite(store, at),
      deps.audit.write({
        auditId: newIdFactory()(nowMs),
        at,
        actor,
        action: 'store.create',
        target: { kind: 'store', id: store.storeId },
        after: store,
      }),
    ]);
    if (outcome.ok) return true;
    if ('failed' in outcome && outcome.failed.includes(STORE_TAKEN))
      throw new DomainError('STORE_EXISTS', `门店编号 ${store.storeId} 已存在`);
    return RETRY;
  });
  return toStoreResponse(store);
}
