import type { ApiError } from '../../lib/api-error';

/** Only a try without a clear answer (no answer, 5xx, still in progress) is repeated with the same key. */
export const unknownOutcome = (error: ApiError): boolean => error.status === 0 || error.status >= 500 || error.code === 'IDEMPOTENCY_IN_PROGRESS';

export const NO_ANSWER_MESSAGE = '网络不太好，没有收到结果，请再点一次（不会重复提交）';
