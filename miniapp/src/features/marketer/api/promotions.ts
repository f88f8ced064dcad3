import { listResponse, promotionView, type PromotionRequest } from '@app/shared';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** GET /v1/admin/promotions — newest first. */
export const listPromotions = () =>
  apiRequest({ path: withQuery('/v1/admin/promotions', { limit: 50 }), schema: listResponse(promotionView) });

/** POST /v1/admin/promotions — a points promotion (once per key). */
export const createPromotion = (body: PromotionRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/promotions',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: promotionView,
  });

/** POST /v1/admin/promotions/{id}/end — end it now; purchases already recorded keep what they earned. */
export const endPromotion = (promotionId: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/admin/promotions/${encodeURIComponent(promotionId)}/end`,
    schema: promotionView,
  });
