import { businessDateOf, type FulfilOrderResponse } from '@app/shared';
import type { OrderRecord } from '../../../adapters/dynamodb';
import type { Principal } from '../../../http/route';
import { memberOfOrder, orderByPickupCode, refuseUnlessAwaiting, type PickupDeps } from '../pickup';
import { toOrderView } from '../views';

/**
 * Hands the goods out, once: the order turns `completed` only from `awaiting_pickup` and before its deadline
 * (a conditional write), whichever store and however many taps. A second hand-out is ORDER_ALREADY_FULFILLED.
 */
export async function handOut(
  pickupCode: string,
  staff: Principal,
  nowMs: number,
  deps: PickupDeps,
): Promise<FulfilOrderResponse> {
  const settings = await deps.programAt(nowMs);
  const order = await orderByPickupCode(pickupCode, deps);
  refuseUnlessAwaiting(order, nowMs);
  const at = new Date(nowMs).toISOString();
  const hand = {
    storeId: staff.storeId!,
    by: staff.openid,
    at,
    businessDate: businessDateOf(nowMs, settings.timezone),
  };
  if (!(await deps.mall.fulfil(order, hand))) {
    const latest = (await deps.mall.getOrder(order.orderId))!;
    refuseUnlessAwaiting(latest, nowMs);
    throw new Error(`order ${order.orderId} could not be handed out`);
  }
  const completed: OrderRecord = {
    ...order,
    status: 'completed',
    fulfilledAt: at,
    fulfilledStoreId: hand.storeId,
    fulfilledBy: hand.by,
  };
  return { order: toOrderView(completed), member: await memberOfOrder(order, nowMs, deps) };
}
