import {
  adminMallItemsResponse,
  adminMallItemView,
  type CreateMallItemRequest,
  type UpdateMallItemRequest,
} from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** GET /v1/admin/mall/items — every item with its stock, units sold and state. */
export const listAdminItems = () => apiRequest({ path: '/v1/admin/mall/items', schema: adminMallItemsResponse });

/** POST /v1/admin/mall/items — a new item (once per key). */
export const createItem = (body: CreateMallItemRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/mall/items',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: adminMallItemView,
  });

/** PUT /v1/admin/mall/items/{itemId} — a change: fields, 上架/下架, or stock moved by a delta with its reason. */
export const updateItem = (itemId: string, body: UpdateMallItemRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'PUT',
    path: `/v1/admin/mall/items/${encodeURIComponent(itemId)}`,
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: adminMallItemView,
  });
