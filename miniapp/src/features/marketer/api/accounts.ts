import { accountResponse, listResponse, storeResponse, type CreateStoreRequest } from '@app/shared';
import * as z from 'zod';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** GET /v1/admin/stores — accepts a plain array or a `{ items }` list. */
export const listStores = () =>
  apiRequest({
    path: '/v1/admin/stores',
    schema: z.union([z.array(storeResponse), listResponse(storeResponse).transform((list) => list.items)]),
  });

/** GET /v1/admin/staff — staff and marketer accounts, a page at a time. */
export const listAccounts = (cursor: string | null) =>
  apiRequest({
    path: withQuery('/v1/admin/staff', { limit: 100, cursor }),
    schema: listResponse(accountResponse),
  });

/** PUT /v1/admin/staff/{openid} — disable an account (its logins stop at once) or enable it again. */
export const setAccountStatus = (openid: string, status: 'active' | 'disabled') =>
  apiRequest({
    method: 'PUT',
    path: `/v1/admin/staff/${encodeURIComponent(openid)}`,
    body: { status },
    schema: accountResponse,
  });

/** POST /v1/admin/stores — open a new store (its id is printed on receipts and never changes). */
export const createStore = (body: CreateStoreRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/stores',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: storeResponse,
  });

/** PUT /v1/admin/stores/{storeId} — close a store (its counter records no purchases) or open it again. */
export const setStoreStatus = (storeId: string, status: 'open' | 'closed', idempotencyKey: string) =>
  apiRequest({
    method: 'PUT',
    path: `/v1/admin/stores/${encodeURIComponent(storeId)}`,
    body: { status },
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: storeResponse,
  });
