import type { OrderView } from '@app/shared';

/**
 * Orders this session has just received from the server (a new order, a cancellation), by id: the order page
 * shows one at once — the pickup code right after 确认兑换 — and then reads it again from the server.
 */
const recent = new Map<string, OrderView>();

export function rememberOrder(order: OrderView): void {
  recent.set(order.orderId, order);
  if (recent.size > 20) recent.delete(recent.keys().next().value!);
}

export const recentOrder = (orderId: string): OrderView | null => recent.get(orderId) ?? null;

export const forgetOrders = (): void => recent.clear();
