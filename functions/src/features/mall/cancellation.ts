import { DomainError, type Actor } from '@app/shared';
import type { OrderRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { openBook } from '../points/account-book';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';

type Deps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'mall' | 'commit'>;

/**
 * Cancels an order awaiting pickup (by its member, or by the job when the pickup deadline has passed), in one
 * transaction: the order's status, the points back into the lots they came from (points of a lot that has expired
 * meanwhile expire at once, with their own ledger entry), the stock and the member's count of the item.
 * Cancelling a cancelled order answers it as it is; a handed-out order cannot be cancelled.
 */
export async function cancelOrder(
  orderId: string,
  reason: 'member' | 'expired',
  by: Actor,
  nowMs: number,
  deps: Deps,
): Promise<OrderRecord> {
  const settings = await deps.programAt(nowMs);
  const newId = newIdFactory();
  return retrying(async () => {
    const order = await deps.mall.getOrder(orderId);
    if (!order) throw new DomainError('NOT_FOUND', '订单不存在');
    if (order.status === 'cancelled') return order;
    if (order.status === 'completed') throw new DomainError('ORDER_ALREADY_FULFILLED', '该订单已领取，不能取消');
    const member = await deps.members.getById(order.memberId, true);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    const book = openBook(member, settings, nowMs, by, () => newId(nowMs));
    const movement = reason === 'member' ? '取消兑换，积分退回' : '超时未领取，兑换取消，积分退回';
    book.restore(order.takes, {
      type: 'refund',
      reasonCode: 'mall-cancel',
      reason: `${movement}：${order.itemName} ×${order.quantity}`,
      ref: { kind: 'order', id: order.orderId },
    });
    const posting = book.posting();
    const expiredOnReturn = -posting.entries
      .filter((entry) => entry.type === 'expire')
      .reduce((sum, entry) => sum + entry.points, 0);
    const cancelled: OrderRecord = {
      ...order,
      status: 'cancelled',
      cancelledAt: new Date(nowMs).toISOString(),
      cancelReason: reason,
      pointsRestored: order.points - expiredOnReturn,
      pointsExpiredOnReturn: expiredOnReturn,
    };
    const outcome = await deps.commit([
      deps.mall.cancelWrite(order, cancelled),
      ...(order.stocked ? [deps.mall.stockReturnWrite(order.itemId, order.quantity)] : []),
      deps.mall.countReturnWrite(order.memberId, order.itemId, order.quantity),
      ...deps.pointsAccounts.writes({ member, posting }),
    ]);
    // A lost race re-reads everything: the order may have been handed out or cancelled meanwhile.
    return outcome.ok ? cancelled : RETRY;
  });
}
