import { lotsResponse, meResponse, pointsHistoryResponse } from '@app/shared';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const HISTORY_PAGE_SIZE = 20;

/** GET /v1/me — the points account (balance, debt, next expiry) is part of the card. */
export const getPointsAccount = async () => (await apiRequest({ path: '/v1/me', schema: meResponse })).points;

/** GET /v1/me/points — one page of the ledger, newest first; `types` is the comma list of ledger types. */
export const getPointsHistory = (params: { cursor?: string | null; types?: string }) =>
  apiRequest({
    path: withQuery('/v1/me/points', { limit: HISTORY_PAGE_SIZE, cursor: params.cursor, type: params.types }),
    schema: pointsHistoryResponse,
  });

/** GET /v1/me/points/lots — unexpired lots, soonest expiry first. */
export const getPointLots = () => apiRequest({ path: '/v1/me/points/lots', schema: lotsResponse });
