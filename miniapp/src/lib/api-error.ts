import { errorCatalog } from '@app/shared';

export const NETWORK_MESSAGE = '网络不太好，请稍后重试';
export const FALLBACK_MESSAGE = '出了点问题，请稍后重试';

/** The one error the API client throws: HTTP status (0 = no answer), code, a message to show, requestId. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly details?: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | null;
    details?: Record<string, unknown>;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId ?? null;
    this.details = init.details;
  }
}

const hasChinese = (text: string | undefined): text is string => !!text && /[\u4e00-\u9fff]/.test(text);

/** The message shown for an error code: the server's own (Chinese) text, else the catalog's, else a generic one. */
export function messageFor(code: string, serverMessage?: string): string {
  if (hasChinese(serverMessage)) return serverMessage;
  const known = (errorCatalog as Record<string, { message: string } | undefined>)[code];
  if (known) return known.message;
  if (code === 'NETWORK') return NETWORK_MESSAGE;
  return FALLBACK_MESSAGE;
}

/**
 * A try without a clear answer (no answer, 5xx, the first try still in progress): repeat it with the same
 * Idempotency-Key, which can never do the thing twice. Any other answer is final.
 */
export const unknownOutcome = (error: ApiError): boolean =>
  error.status === 0 || error.status >= 500 || error.code === 'IDEMPOTENCY_IN_PROGRESS';

export const NO_ANSWER_MESSAGE = '网络不太好，没有收到结果，请再点一次（不会重复提交）';

/** Anything caught in the UI becomes an ApiError, so screens have one thing to render. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, code: 'UNEXPECTED', message: FALLBACK_MESSAGE });
}
