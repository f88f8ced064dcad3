import { networkErrorCode } from '../wechat/transient-retry';
import type { WechatPayFailure, WechatPayFailureKind } from './port';

/** WeChat Pay's error codes (both spellings where the documentation has used two) → what a caller decides on. */
const KIND_BY_CODE: Record<string, WechatPayFailureKind> = {
  ORDER_NOT_EXIST: 'ORDER_NOT_EXIST',
  ORDERNOTEXIST: 'ORDER_NOT_EXIST',
  ORDER_CLOSED: 'ORDER_CLOSED',
  ORDERCLOSED: 'ORDER_CLOSED',
  ORDERPAID: 'ORDER_PAID',
  ORDER_PAID: 'ORDER_PAID',
  OUT_TRADE_NO_USED: 'OUT_TRADE_NO_USED',
  NOT_ENOUGH: 'NOT_ENOUGH',
  SYSTEM_ERROR: 'TRANSIENT',
  SYSTEMERROR: 'TRANSIENT',
  BANK_ERROR: 'TRANSIENT',
  BANKERROR: 'TRANSIENT',
  FREQUENCY_LIMITED: 'TRANSIENT',
};

interface AxiosLikeError {
  code?: string;
  message?: string;
  response?: { status: number; data?: unknown };
}

/**
 * One failed call as a typed failure. `notFound` names what a 404 RESOURCE_NOT_EXISTS means on this call
 * (the refund APIs answer it both for an unknown order and for an unknown refund).
 */
export function failureOf(
  error: unknown,
  attempts: number,
  notFound: 'ORDER_NOT_EXIST' | 'REFUND_NOT_EXIST' = 'ORDER_NOT_EXIST',
): WechatPayFailure {
  const e = error as AxiosLikeError;
  // The plugin refuses a 2xx answer whose Wechatpay-* headers are missing, stale or do not verify.
  if (e.code?.startsWith('EV3_RES_'))
    return {
      kind: 'UNVERIFIED',
      code: e.code,
      message: e.message ?? '',
      httpStatus: e.response?.status ?? null,
      attempts,
    };
  if (!e.response) {
    const code = networkErrorCode(error) ?? 'NETWORK';
    return { kind: 'TRANSIENT', code, message: e.message ?? String(error), httpStatus: null, attempts };
  }
  const { status, data } = e.response;
  const body = (typeof data === 'object' && data ? data : {}) as { code?: string; message?: string };
  const code = body.code ?? `HTTP_${status}`;
  const kind: WechatPayFailureKind =
    code === 'RESOURCE_NOT_EXISTS' || (status === 404 && !KIND_BY_CODE[code])
      ? notFound
      : (KIND_BY_CODE[code] ?? (status >= 500 || status === 429 ? 'TRANSIENT' : 'REJECTED'));
  return { kind, code, message: body.message ?? '', httpStatus: status, attempts };
}
