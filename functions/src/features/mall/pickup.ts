import { DomainError, type ScanResponse } from '@app/shared';
import type { OrderRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { scannedMemberOf } from '../../core/member-access';
import { toOrderView } from './views';

export type PickupDeps = Pick<AppDeps, 'mall' | 'members' | 'programAt' | 'pointsAccounts'>;

/** The order behind a pickup code, from any store (a member picks up wherever is convenient). */
export async function orderByPickupCode(pickupCode: string, deps: Pick<AppDeps, 'mall'>): Promise<OrderRecord> {
  const orderId = await deps.mall.orderIdForPickupCode(pickupCode);
  const order = orderId ? await deps.mall.getOrder(orderId) : undefined;
  if (!order) throw new DomainError('NOT_FOUND', '提货码不存在，请核对后重试');
  return order;
}

/** What staff see after scanning a pickup code: the order and whose it is. */
export async function scanPickupCode(
  pickupCode: string,
  nowMs: number,
  deps: PickupDeps,
): Promise<Extract<ScanResponse, { kind: 'order' }>> {
  const order = await orderByPickupCode(pickupCode, deps);
  return { kind: 'order', order: toOrderView(order), member: await memberOfOrder(order, nowMs, deps) };
}

/** Only an order awaiting pickup, before its deadline, can be handed out; anything else says why not. */
export function refuseUnlessAwaiting(order: OrderRecord, nowMs: number): void {
  if (order.status === 'completed')
    throw new DomainError('ORDER_ALREADY_FULFILLED', `该订单已于 ${order.fulfilledAt} 领取`, {
      fulfilledAt: order.fulfilledAt,
      storeId: order.fulfilledStoreId,
    });
  if (order.status === 'cancelled')
    throw new DomainError(
      'ORDER_CANCELLED',
      order.cancelReason === 'expired' ? '该订单超时未领取，已取消' : '该订单已由会员取消',
    );
  if (order.pickupBy && nowMs >= Date.parse(order.pickupBy))
    throw new DomainError('PICKUP_EXPIRED', '提货码已过期，订单将自动取消并退回积分');
}

/** The order's member as the counter shows them. */
export async function memberOfOrder(order: OrderRecord, nowMs: number, deps: PickupDeps) {
  const [member, settings] = await Promise.all([deps.members.getById(order.memberId), deps.programAt(nowMs)]);
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
  return scannedMemberOf(member, settings, nowMs);
}
