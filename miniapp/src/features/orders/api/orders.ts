import { type OrderStatus, orderView, ordersResponse } from '@app/shared';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const ORDERS_PAGE_SIZE = 20;

/** GET /v1/me/orders — one page of the member's orders, newest first, optionally of one status. */
export const getMyOrders = (params: { status?: OrderStatus | null; cursor?: string | null }) =>
  apiRequest({
    path: withQuery('/v1/me/orders', { status: params.status, limit: ORDERS_PAGE_SIZE, cursor: params.cursor }),
    schema: ordersResponse,
  });

/** GET /v1/me/orders/{orderId} */
export const getMyOrder = (orderId: string) =>
  apiRequest({ path: `/v1/me/orders/${encodeURIComponent(orderId)}`, schema: orderView });

/**
 * POST /v1/me/orders/{orderId}/cancel — cancels an order awaiting pickup; the points go back (those of a lot
 * that expired meanwhile expire at once: `pointsExpiredOnReturn`). One key per confirmation, reused on retry.
 */
export const cancelMyOrder = (orderId: string, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/me/orders/${encodeURIComponent(orderId)}/cancel`,
    schema: orderView,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
