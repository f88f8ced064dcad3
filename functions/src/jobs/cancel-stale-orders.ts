import type { AppDeps } from '../composition';
import { cancelOrder } from '../features/mall/cancellation';
import { runPool } from './run-pool';

/**
 * Cancels goods orders not picked up by their deadline (30 days): points back to their lots (expired ones expire
 * at once), stock restored. Resumable: a cancelled order leaves the overdue index, and cancelling is idempotent.
 */
export async function cancelStaleOrders(nowMs: number, deps: AppDeps): Promise<Record<string, number>> {
  const orderIds = await deps.mall.overdueOrderIds(new Date(nowMs).toISOString());
  const cancelledAt = new Date(nowMs).toISOString();
  let pointsRestored = 0;
  let pointsExpired = 0;
  const cancelled = await runPool(orderIds, 8, async (orderId) => {
    const order = await cancelOrder(orderId, 'expired', { kind: 'system', id: 'cancel-stale-orders' }, nowMs, deps);
    if (order.cancelledAt !== cancelledAt) return false; // the member cancelled it first
    pointsRestored += order.pointsRestored;
    pointsExpired += order.pointsExpiredOnReturn;
    return true;
  });
  return { overdue: orderIds.length, cancelled, pointsRestored, pointsExpired };
}
