import { fulfilOrderResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/**
 * POST /v1/store/orders/fulfil — hands the order with this pickup code out at the staff member's store. One
 * Idempotency-Key per 确认发放, reused when a try got no answer. Refusals: ORDER_ALREADY_FULFILLED,
 * ORDER_CANCELLED, PICKUP_EXPIRED (409), NOT_FOUND (404).
 */
export const fulfilOrder = (pickupCode: string, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/store/orders/fulfil',
    body: { pickupCode },
    schema: fulfilOrderResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
