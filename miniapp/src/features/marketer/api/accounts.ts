import { listResponse, storeResponse } from '@app/shared';
import * as z from 'zod';
import { apiRequest } from '../../../lib/api-client';

/** GET /v1/admin/stores — accepts a plain array or a `{ items }` list. */
export const listStores = () =>
  apiRequest({
    path: '/v1/admin/stores',
    schema: z.union([z.array(storeResponse), listResponse(storeResponse).transform((list) => list.items)]),
  });
