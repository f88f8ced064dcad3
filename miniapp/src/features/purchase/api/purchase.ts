import {
  type PurchasePreviewRequest,
  type PurchaseRequest,
  purchasePreviewResponse,
  purchaseResponse,
} from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** POST /v1/store/purchases/preview — what the purchase would cost and earn; records nothing. */
export const previewPurchase = (body: PurchasePreviewRequest) =>
  apiRequest({ method: 'POST', path: '/v1/store/purchases/preview', body, schema: purchasePreviewResponse });

/**
 * POST /v1/store/purchases — records the purchase once. The same `idempotencyKey` is sent with every try of
 * one confirmation, so a retried tap or a lost answer cannot record it twice.
 */
export const recordPurchase = (body: PurchaseRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/store/purchases',
    body,
    schema: purchaseResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
