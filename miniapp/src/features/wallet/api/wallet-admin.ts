import {
  adminTopupsResponse,
  adminTopupView,
  adminWalletPackage,
  adminWalletPackagesResponse,
  type WalletPackageRequest,
} from '@app/shared';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { fetchCsvAt } from '../../console/api/console';

export interface TopupFilters {
  from: string;
  to: string;
  storeId: string | null;
  channel: 'wechat' | 'counter' | null;
}

const topupsPath = (filters: TopupFilters, extra: Record<string, string | number | null>) =>
  withQuery('/v1/admin/wallet/topups', {
    from: filters.from,
    to: filters.to,
    storeId: filters.storeId,
    channel: filters.channel,
    ...extra,
  });

/** GET /v1/admin/wallet/packages — every package, on sale or not. */
export const listAdminPackages = () =>
  apiRequest({ path: '/v1/admin/wallet/packages', schema: adminWalletPackagesResponse });

/** POST /v1/admin/wallet/packages — a new package (once per key). */
export const createWalletPackage = (body: WalletPackageRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/wallet/packages',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: adminWalletPackage,
  });

/** PUT /v1/admin/wallet/packages/{id} — the package as a whole (on/off included). */
export const updateWalletPackage = (packageId: string, body: WalletPackageRequest) =>
  apiRequest({
    method: 'PUT',
    path: `/v1/admin/wallet/packages/${encodeURIComponent(packageId)}`,
    body,
    schema: adminWalletPackage,
  });

/** GET /v1/admin/wallet/topups — one page of paid top-ups, newest first (sealed cursor). */
export const listTopups = (filters: TopupFilters, cursor: string | null) =>
  apiRequest({ path: topupsPath(filters, { limit: 30, cursor }), schema: adminTopupsResponse });

/** The same top-ups, the whole range, as CSV text. */
export const fetchTopupsCsv = (filters: TopupFilters) => fetchCsvAt(topupsPath(filters, { format: 'csv' }));

/** POST /v1/admin/wallet/topups/{id}/refund — with the reason; the same key for every try of one refund. */
export const refundTopup = (topupId: string, reason: string, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/admin/wallet/topups/${encodeURIComponent(topupId)}/refund`,
    body: { reason },
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: adminTopupView,
  });
