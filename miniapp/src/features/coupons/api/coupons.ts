import {
  claimResponse,
  couponCenterResponse,
  couponCodeResponse,
  type CouponStatus,
  myCouponsResponse,
} from '@app/shared';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const COUPONS_PAGE_SIZE = 20;

/** GET /v1/me/coupons — one page of the member's coupons of one status (usable ones ending soonest first). */
export const getMyCoupons = (params: { status?: CouponStatus | null; cursor?: string | null; limit?: number }) =>
  apiRequest({
    path: withQuery('/v1/me/coupons', {
      status: params.status,
      limit: params.limit ?? COUPONS_PAGE_SIZE,
      cursor: params.cursor,
    }),
    schema: myCouponsResponse,
  });

/** GET /v1/me/coupons/{couponId}/code — a signed coupon code (`CPN.…`) good for 5 minutes, to show as a QR. */
export const getCouponCode = (couponId: string) =>
  apiRequest({ path: `/v1/me/coupons/${encodeURIComponent(couponId)}/code`, schema: couponCodeResponse });

/** GET /v1/coupon-center — the campaigns a member can claim coupons from, with what stands in the way of each. */
export const getCouponCenter = () => apiRequest({ path: '/v1/coupon-center', schema: couponCenterResponse });

/**
 * POST /v1/coupon-center/{campaignId}/claim — one coupon of the campaign, once per key: a try without an answer is
 * sent again with the same key, so a lost answer never claims twice.
 */
export const claimCoupon = (campaignId: string, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/coupon-center/${encodeURIComponent(campaignId)}/claim`,
    schema: claimResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
