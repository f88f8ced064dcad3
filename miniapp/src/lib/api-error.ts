import { errorCatalog, type ErrorCode } from '@app/shared';

/**
 * The codes the client gives a failure itself: no answer, an answer it cannot read, WeChat's own login failing, a
 * status without a code the client knows, anything else.
 */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'UNEXPECTED' | 'WECHAT_LOGIN_FAILED' | `HTTP_${number}`;

/** Every code an ApiError can carry: the server's (the shared list, so a misspelt code does not compile) or the client's. */
export type ApiErrorCode = ErrorCode | ClientErrorCode;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(errorCatalog, code);

export const NETWORK_MESSAGE = '网络不太好，请稍后重试';
export const FALLBACK_MESSAGE = '出了点问题，请稍后重试';

/** The one error the API client throws: HTTP status (0 = no answer), code, a message to show, requestId. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly requestId: string | null;
  readonly details?: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
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
export function messageFor(code: ApiErrorCode, serverMessage?: string): string {
  if (hasChinese(serverMessage)) return serverMessage;
  if (isErrorCode(code)) return errorCatalog[code].message;
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

/** What to say after a try without a clear answer: no answer at all, or the server's own words (a 5xx, in progress). */
export const unansweredMessage = (error: ApiError): string =>
  error.code === 'NETWORK' ? NO_ANSWER_MESSAGE : error.message;

/** Anything caught in the UI becomes an ApiError, so screens have one thing to render. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({ status: 0, code: 'UNEXPECTED', message: FALLBACK_MESSAGE });
}
