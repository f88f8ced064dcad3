import { type CreateOrderRequest, mallItemsResponse, mallItemView, orderView } from '@app/shared';
import { apiRequest, withQuery } from '../../../lib/api-client';

/**
 * GET /v1/mall/items?category= — the items on offer (all, or one category), each with whether the caller can
 * redeem one now and why not, and every category on offer (the tabs). `cursor` is sent for a further page.
 */
export const getMallItems = (params: { category?: string | null; cursor?: string | null } = {}) =>
  apiRequest({
    path: withQuery('/v1/mall/items', { category: params.category, cursor: params.cursor }),
    schema: mallItemsResponse,
  });

/** GET /v1/mall/items/{itemId} — one item, as the caller sees it. */
export const getMallItem = (itemId: string) =>
  apiRequest({ path: `/v1/mall/items/${encodeURIComponent(itemId)}`, schema: mallItemView });

/**
 * POST /v1/mall/orders — redeems `quantity` units once. The same `idempotencyKey` is sent with every try of one
 * confirmation, so a retried tap or a lost answer cannot spend the points twice. 409 answers say why not
 * (POINTS_INSUFFICIENT, STOCK_EXHAUSTED, LIMIT_REACHED, …).
 */
export const placeOrder = (body: CreateOrderRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/mall/orders',
    body,
    schema: orderView,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
