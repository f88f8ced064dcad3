import { salesAnalytics } from '@app/shared';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** GET /v1/admin/analytics/sales — by SKU, store, staff member and home store, and 消费预警 (issue 19). */
export const getSalesAnalytics = (range: { from: string; to: string }) =>
  apiRequest({ path: withQuery('/v1/admin/analytics/sales', range), schema: salesAnalytics });
