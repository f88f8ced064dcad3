import { isTimeout, neverDelivered } from './transient-retry';

/** The production default; the local stage points this at the WeChat API stand-in. */
export const WECHAT_API_BASE_URL = 'https://api.weixin.qq.com';

export type WechatFetch = (
  url: string,
  init: { method: 'GET' | 'POST'; body?: string; timeoutMs: number },
) => Promise<{ status: number; json(): Promise<unknown> }>;

export const defaultWechatFetch: WechatFetch = (url, init) =>
  fetch(url, {
    method: init.method,
    body: init.body,
    headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
    signal: AbortSignal.timeout(init.timeoutMs),
  });

/** What WeChat's server API answers: errcode 0 (or none) is success; the rest of the body depends on the call. */
export interface WechatAnswer {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

/** One HTTP call to WeChat's server API, as an outcome rather than an exception. */
export type WechatCall =
  | { kind: 'answer'; answer: WechatAnswer }
  | { kind: 'http-error'; status: number }
  /** No answer: `delivered` false when the request certainly never reached WeChat (safe to repeat). */
  | { kind: 'no-answer'; delivered: boolean; timedOut: boolean; detail: string };

export async function callWechat(
  fetchFn: WechatFetch,
  url: string,
  init: { method: 'GET' | 'POST'; body?: unknown; timeoutMs: number },
): Promise<WechatCall> {
  try {
    const response = await fetchFn(url, {
      method: init.method,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      timeoutMs: init.timeoutMs,
    });
    if (response.status >= 300) return { kind: 'http-error', status: response.status };
    return { kind: 'answer', answer: (await response.json()) as WechatAnswer };
  } catch (error) {
    return {
      kind: 'no-answer',
      delivered: !neverDelivered(error),
      timedOut: isTimeout(error),
      detail: (error as Error).message ?? String(error),
    };
  }
}

/** −1 (system busy), a 5xx, or a request that never left: repeating it cannot do anything twice. */
export const isTransientCall = (call: WechatCall, options: { retryUnknown: boolean }): boolean =>
  (call.kind === 'answer' && call.answer.errcode === -1) ||
  (call.kind === 'http-error' && call.status >= 500) ||
  (call.kind === 'no-answer' && (!call.delivered || options.retryUnknown));

export function describeCall(call: WechatCall): string {
  if (call.kind === 'answer')
    return `errcode ${call.answer.errcode ?? 0}${call.answer.errmsg ? ` (${call.answer.errmsg})` : ''}`;
  if (call.kind === 'http-error') return `HTTP ${call.status}`;
  return call.timedOut ? 'no answer in time' : `no connection (${call.detail})`;
}
