import { purchaseResponse, refundResponse } from '@app/shared';
import * as z from 'zod';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** GET /v1/store/purchases?receiptNo= answers the purchase with who made it and what can still be refunded. */
export const purchaseLookupResponse = purchaseResponse.extend({
  memberNo: z.string(),
  nickname: z.string(),
  refundableFen: z.number().int(),
});
export type FoundPurchase = z.infer<typeof purchaseLookupResponse>;

/** The purchase of this store with that receipt number (404 NOT_FOUND when there is none). */
export const findPurchase = (receiptNo: string) =>
  apiRequest({ path: withQuery('/v1/store/purchases', { receiptNo }), schema: purchaseLookupResponse });

/**
 * POST /v1/store/purchases/{purchaseId}/refund — `amountFen` omitted refunds all that remains. One
 * Idempotency-Key per confirmation, reused for every try of it.
 */
export const refundPurchase = (purchaseId: string, amountFen: number | undefined, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/store/purchases/${encodeURIComponent(purchaseId)}/refund`,
    body: amountFen === undefined ? {} : { amountFen },
    schema: refundResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
