import Taro from '@tarojs/taro';
import { errorBody } from '@app/shared';
import type * as z from 'zod';
import { env } from '../config/env';
import { ApiError, type ApiErrorCode, isErrorCode, messageFor, NETWORK_MESSAGE } from './api-error';
import { loadSession } from './session';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions<S extends z.ZodType> {
  method?: Method;
  path: string;
  body?: unknown;
  /** zod schema of the 2xx body: a response that does not match is an error, never half-shown. */
  schema: S;
  /** Send the stored token (default true). */
  auth?: boolean;
  /** Extra request headers, e.g. `Idempotency-Key` for a write that must happen once. */
  headers?: Record<string, string>;
}

let unauthorizedHandler: (() => void) | null = null;
/** Called on any 401 of an authenticated request (the app sends the user back to login). */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** The one way the app talks to the API. Resolves with the parsed body or throws an ApiError. */
export async function apiRequest<S extends z.ZodType>(options: RequestOptions<S>): Promise<z.infer<S>> {
  const { method = 'GET', path, body, schema, auth = true, headers } = options;
  const header: Record<string, string> = { 'content-type': 'application/json', ...headers };
  const token = auth ? loadSession()?.token : undefined;
  if (token) header.Authorization = `Bearer ${token}`;

  let response: Awaited<ReturnType<typeof Taro.request>>;
  try {
    response = await Taro.request({ url: `${env.apiUrl}${path}`, method, header, data: body, timeout: 15000 });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: NETWORK_MESSAGE });
  }

  const { statusCode: status, data } = response;
  if (status >= 200 && status < 300) {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    throw new ApiError({ status, code: 'BAD_RESPONSE', message: '数据出了点问题，请稍后重试' });
  }

  const failure = errorBody.safeParse(data);
  const sent = failure.success ? failure.data.error.code : '';
  const code: ApiErrorCode = isErrorCode(sent)
    ? sent
    : status === 401
      ? 'AUTH_REQUIRED'
      : status >= 500
        ? 'INTERNAL'
        : `HTTP_${status}`;
  const error = new ApiError({
    status,
    code,
    message: messageFor(code, failure.success ? failure.data.error.message : undefined),
    requestId: failure.success ? failure.data.error.requestId : null,
    details: failure.success ? failure.data.error.details : undefined,
  });
  if (status === 401 && auth) unauthorizedHandler?.();
  throw error;
}

/** `/v1/me/points` + { limit: 20, cursor: undefined } → `/v1/me/points?limit=20` (values encoded, empty ones left out). */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = Object.entries(params)
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== null && entry[1] !== '',
    )
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}
