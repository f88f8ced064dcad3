import { AccessTokenUnavailable, type AccessTokens, stableAccessTokens, type WechatApiSettings } from './access-token';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryTransient } from './transient-retry';
import {
  callWechat,
  defaultWechatFetch,
  describeCall,
  isTransientCall,
  type WechatAnswer,
  type WechatFetch,
} from './wechat-http';

/**
 * WeChat's server API for the product: subscribe messages (and, through `callWithToken`, any other call that
 * needs the app's access token, such as the phone-number flow).
 *
 * Usage (the notification sender):
 * ```ts
 * const outcome = await deps.wechatApi.sendSubscribeMessage({
 *   toOpenid: member.openid,
 *   templateId: settings.notifications.templates.topupSucceeded.templateId,
 *   page: 'pages/wallet/index',
 *   data: { amount1: '¥340.00', thing2: '充值¥300送¥40', time3: '2026-12-05 14:30' },
 * });
 * switch (outcome.status) {
 *   case 'sent':    // mark the message sent (outcome.msgid), spend the credit
 *   case 'refused': // 43101: the member withdrew consent or has no quota left — failed, never retried
 *   case 'failed':  // outcome.reason; outcome.retryable says whether a later run may try again
 * }
 * ```
 */
export interface WechatServerApi {
  sendSubscribeMessage(message: SubscribeMessage): Promise<SubscribeSendOutcome>;
  /** POST `path` with the access token: renews the token once on 40001/42001, repeats transient failures. */
  callWithToken(path: string, body: unknown, options?: { retryUnknown?: boolean }): Promise<TokenCallResult>;
}

export interface SubscribeMessage {
  toOpenid: string;
  templateId: string;
  /** The mini-program page the notice opens, e.g. `pages/wallet/index?tab=lots`. */
  page?: string;
  /** Template keyword → value, e.g. `{ thing1: '充值成功', amount2: '¥300.00' }`. */
  data: Record<string, string>;
  /** Which version of the mini-program the notice opens: the released one unless told otherwise. */
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

export type SubscribeSendOutcome =
  | { status: 'sent'; msgid: string }
  | { status: 'refused'; errcode: 43101; reason: string }
  /**
   * `retryable`: nothing reached the member and a later attempt may succeed (WeChat busy, unreachable).
   * Not retryable: the request was wrong (template, openid, data), the credentials are, or WeChat took the
   * request without answering — the member may have the message, so sending again could deliver it twice.
   */
  | { status: 'failed'; reason: string; errcode?: number; retryable: boolean };

export type TokenCallResult =
  | { ok: true; answer: WechatAnswer }
  | { ok: false; reason: string; errcode?: number; retryable: boolean };

const TOKEN_REJECTED = new Set([40001, 42001]);
const REFUSED = 43101;

export function wechatServerApi(
  settings: WechatApiSettings,
  options: { fetch?: WechatFetch; tokens?: AccessTokens; retry?: RetryPolicy } = {},
): WechatServerApi {
  const fetchFn = options.fetch ?? defaultWechatFetch;
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  const tokens = options.tokens ?? stableAccessTokens(settings, { fetch: fetchFn, retry: policy });

  const callWithToken: WechatServerApi['callWithToken'] = async (path, body, callOptions = {}) => {
    const retryUnknown = callOptions.retryUnknown ?? false;
    const attemptWith = (token: string) =>
      retryTransient(
        () =>
          callWechat(fetchFn, `${settings.baseUrl}${path}?access_token=${encodeURIComponent(token)}`, {
            method: 'POST',
            body,
            timeoutMs: policy.timeoutMs,
          }),
        (call) => isTransientCall(call, { retryUnknown }),
        policy,
      );
    try {
      let token = await tokens.current();
      let { outcome, attempts } = await attemptWith(token);
      if (outcome.kind === 'answer' && TOKEN_REJECTED.has(outcome.answer.errcode ?? 0)) {
        token = await tokens.renew(token);
        ({ outcome, attempts } = await attemptWith(token));
      }
      if (outcome.kind === 'answer' && outcome.answer.errcode !== -1) return { ok: true, answer: outcome.answer };
      const transient = isTransientCall(outcome, { retryUnknown: false });
      return {
        ok: false,
        reason: `${describeCall(outcome)} after ${attempts} attempt(s)${transient ? '' : '; the request may have been taken'}`,
        errcode: outcome.kind === 'answer' ? outcome.answer.errcode : undefined,
        retryable: transient,
      };
    } catch (error) {
      if (!(error instanceof AccessTokenUnavailable)) throw error;
      return { ok: false, reason: error.message, errcode: error.errcode, retryable: error.transient };
    }
  };

  return {
    callWithToken,
    async sendSubscribeMessage(message) {
      const result = await callWithToken('/cgi-bin/message/subscribe/send', {
        touser: message.toOpenid,
        template_id: message.templateId,
        ...(message.page ? { page: message.page } : {}),
        data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
        miniprogram_state: message.miniprogramState ?? 'formal',
        lang: 'zh_CN',
      });
      if (!result.ok)
        return { status: 'failed', reason: result.reason, errcode: result.errcode, retryable: result.retryable };
      const { errcode = 0, errmsg = '' } = result.answer;
      if (errcode === 0) return { status: 'sent', msgid: String(result.answer.msgid ?? '') };
      if (errcode === REFUSED) return { status: 'refused', errcode: REFUSED, reason: errmsg || 'user refused' };
      const reason = TOKEN_REJECTED.has(errcode)
        ? `access token refused again after renewal (errcode ${errcode})`
        : `errcode ${errcode}${errmsg ? ` (${errmsg})` : ''}`;
      return { status: 'failed', reason, errcode, retryable: false };
    },
  };
}
