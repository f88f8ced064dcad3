import { DomainError, type StoreResponse, type UpdateStoreRequest } from '@app/shared';
import { STORE_CHANGED } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import { toStoreResponse } from '../store-view';

/**
 * A marketer renames a store (or records its new city), closes it or opens it again (a closed store's staff record
 * no purchases). The id stays, so receipts, staff and coupons keep naming it;
 * every screen shows the new name from then on. The change and its audit entry (before, after) are one transaction,
 * written over the version that was read.
 */
export async function updateStore(
  storeId: string,
  change: UpdateStoreRequest,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'stores' | 'audit' | 'commit'>,
): Promise<StoreResponse> {
  const at = new Date(nowMs).toISOString();
  return retrying(async () => {
    const before = await deps.stores.get(storeId);
    if (!before) throw new DomainError('NOT_FOUND', `门店 ${storeId} 不存在`);
    const after = {
      storeId,
      name: change.name ?? before.name,
      city: change.city ?? before.city,
      status: change.status ?? before.status ?? 'open',
    };
    const outcome = await deps.commit([
      deps.stores.storeUpdateWrite(before, after, at),
      deps.audit.write({
        auditId: newIdFactory()(nowMs),
        at,
        actor: `marketer:${by.openid}`,
        action: statusAction(before.status ?? 'open', after.status) ?? 'store.update',
        target: { kind: 'store', id: storeId },
        before,
        after,
      }),
    ]);
    if (outcome.ok) return toStoreResponse(after);
    if ('failed' in outcome && !outcome.failed.includes(STORE_CHANGED))
      throw new Error(`store ${storeId} not saved: ${outcome.failed.join(', ')}`);
    return RETRY;
  });
}

const statusAction = (before: 'open' | 'closed', after: 'open' | 'closed') =>
  before === after ? undefined : after === 'closed' ? 'store.close' : 'store.open';
