import {
  topupCreatedResponse,
  type StoreTopupRequest,
  storeTopupResponse,
  type TopupRequest,
  topupView,
  walletEntriesResponse,
  walletPackagesResponse,
  walletResponse,
} from '@app/shared';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const WALLET_PAGE_SIZE = 20;

/** GET /v1/me/wallet — balance, principal and bonus, and the lots that still hold money (oldest first). */
export const getWallet = () => apiRequest({ path: '/v1/me/wallet', schema: walletResponse });

/** GET /v1/me/wallet/entries — one page of the wallet's movements, newest first (sealed cursor). */
export const getWalletEntries = (cursor: string | null) =>
  apiRequest({
    path: withQuery('/v1/me/wallet/entries', { limit: WALLET_PAGE_SIZE, cursor }),
    schema: walletEntriesResponse,
  });

/** GET /v1/wallet/packages — the packages on offer and the bounds of a custom amount. */
export const getPackages = () => apiRequest({ path: '/v1/wallet/packages', schema: walletPackagesResponse });

/** POST /v1/wallet/topups — a top-up awaiting payment, with the arguments of wx.requestPayment. */
export const createTopup = (request: TopupRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/wallet/topups',
    body: request,
    schema: topupCreatedResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** GET /v1/wallet/topups/{topupId} — where the top-up stands (paid once WeChat Pay told the server). */
export const getTopup = (topupId: string) =>
  apiRequest({ path: `/v1/wallet/topups/${encodeURIComponent(topupId)}`, schema: topupView });

/** POST /v1/store/topups — staff record a top-up paid at the till (receipt number unique per store); credited at once. */
export const storeTopup = (request: StoreTopupRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/store/topups',
    body: request,
    schema: storeTopupResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
