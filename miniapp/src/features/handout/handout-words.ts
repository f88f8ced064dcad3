import type { OrderView } from '@app/shared';
import { isPickupOverdue, formatMoment } from '../orders/order-words';

/** The state of a scanned order at the counter: ready to hand out, or why not. */
export type HandoutState = { kind: 'ready' } | { kind: 'blocked'; status: string; why: string };

/** Whether the order can be handed out now, from what the scan answered (the server checks again on 确认发放). */
export function handoutState(order: OrderView, now: number = Date.now()): HandoutState {
  if (order.status === 'completed') {
    const when = order.fulfilledAt ? `已于 ${formatMoment(order.fulfilledAt)} ` : '已';
    const where = order.fulfilledStoreId ? `在门店 ${order.fulfilledStoreId} ` : '';
    return { kind: 'blocked', status: '已发放', why: `${when}${where}发放，不能重复发放` };
  }
  if (order.status === 'cancelled') {
    return {
      kind: 'blocked',
      status: '已取消',
      why:
        order.cancelReason === 'expired' ? '超过领取期限未领取，已自动取消，不能发放' : '会员已取消这次兑换，不能发放',
    };
  }
  if (isPickupOverdue(order, now)) {
    return {
      kind: 'blocked',
      status: '已过期',
      why: `提货码已于 ${formatMoment(order.pickupBy!)} 过期，不能发放（积分会自动退回会员）`,
    };
  }
  return { kind: 'ready' };
}

/** What the counter tells the member about the network when a hand-out got no answer. */
export const HANDOUT_NETWORK_MESSAGE = '网络不太好，没有收到结果，请点击重试（不会重复发放）';
