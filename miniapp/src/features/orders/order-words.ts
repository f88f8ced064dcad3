import type { OrderStatus, OrderView } from '@app/shared';
import type { ApiError } from '../../lib/api-error';
import { formatDateZh, formatNumber, formatTime } from '../../lib/format';

/** The status as a member reads it. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  awaiting_pickup: '待领取',
  completed: '已领取',
  cancelled: '已取消',
};

/** The tabs of 我的兑换 and the status each one asks the server for. */
export const ORDER_TABS: ReadonlyArray<{ key: OrderTabKey; label: string; status: OrderStatus | null; empty: string }> =
  [
    { key: 'all', label: '全部', status: null, empty: '还没有兑换记录，去积分商城挑一件礼品吧' },
    { key: 'awaiting_pickup', label: '待领取', status: 'awaiting_pickup', empty: '没有待领取的礼品' },
    { key: 'completed', label: '已完成', status: 'completed', empty: '还没有已领取的礼品' },
    { key: 'cancelled', label: '已取消', status: 'cancelled', empty: '没有取消的兑换' },
  ];
export type OrderTabKey = 'all' | OrderStatus;

/** 2026年11月23日 14:05 */
export const formatMoment = (value: string): string => `${formatDateZh(value)} ${formatTime(value)}`;

/** An order awaiting pickup whose code is past its date (the job will cancel it and return the points). */
export const isPickupOverdue = (order: Pick<OrderView, 'status' | 'pickupBy'>, now: number = Date.now()): boolean =>
  order.status === 'awaiting_pickup' && !!order.pickupBy && Date.parse(order.pickupBy) <= now;

/** The pickup code in two groups of four: 1234 5678. */
export const pickupDigits = (code: string): string => code.replace(/^(\d{4})(\d{4})$/, '$1 $2');

/** What a cancelled order gave back, in sentences: the points returned, and those that expired on the way back. */
export function cancelledPointsText(order: Pick<OrderView, 'pointsRestored' | 'pointsExpiredOnReturn'>): {
  restored: string;
  expired: string | null;
} {
  return {
    restored: `已退回 ${formatNumber(order.pointsRestored)} 积分`,
    expired:
      order.pointsExpiredOnReturn > 0
        ? `另有 ${formatNumber(order.pointsExpiredOnReturn)} 积分在兑换期间已过有效期，退回时即已过期，不能再使用`
        : null,
  };
}

/** Why the order was cancelled. */
export const cancelReasonText = (order: Pick<OrderView, 'cancelReason'>): string =>
  order.cancelReason === 'expired' ? '超过领取期限未领取，已自动取消' : '你已取消这次兑换';

/** What a refused cancellation means. */
export function cancelErrorMessage(error: ApiError): string {
  switch (error.code) {
    case 'ORDER_ALREADY_FULFILLED':
      return '这份礼品已经在门店领取了，不能再取消';
    case 'ORDER_NOT_CANCELLABLE':
      return '这次兑换现在不能取消';
    case 'NETWORK':
      return '网络不太好，没有收到结果，请点击重试（不会重复退回）';
    default:
      return error.message;
  }
}
