import { accountResponse, listResponse, storeResponse, type CreateAccountRequest } from '@app/shared';
import * as z from 'zod';
import { apiRequest } from '../../../lib/api-client';

/** POST /v1/admin/staff — give an openid a staff (bound to a store) or marketer account. */
export const createAccount = (body: CreateAccountRequest) =>
  apiRequest({ method: 'POST', path: '/v1/admin/staff', body, schema: accountResponse });

/** GET /v1/admin/stores — accepts a plain array or a `{ items }` list. */
export const listStores = () =>
  apiRequest({
    path: '/v1/admin/stores',
    schema: z.union([z.array(storeResponse), listResponse(storeResponse).transform((list) => list.items)]),
  });
