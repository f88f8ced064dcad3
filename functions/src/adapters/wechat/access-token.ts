import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryTransient } from './transient-retry';
import { callWechat, defaultWechatFetch, describeCall, isTransientCall, type WechatFetch } from './wechat-http';

/** The app's credentials for WeChat's server API and where that API lives. */
export interface WechatApiSettings {
  appid: string;
  secret: string;
  /** https://api.weixin.qq.com in production; the stand-in's URL in the local stage. */
  baseUrl: string;
}

/** The app's access token for WeChat's server API. */
export interface AccessTokens {
  /** A token with at least five minutes to live; cached per container until `expires_in − 300 s`. */
  current(): Promise<string>;
  /**
   * After WeChat refused `rejected` (40001 invalid, 42001 expired): a token fetched afresh. Calls that arrive
   * together share one fetch, and a call that reports a token already replaced gets the replacement.
   */
  renew(rejected: string): Promise<string>;
}

/** The token could not be had: wrong appid/secret (40013/40125), IP not allowed (40164), or WeChat unreachable. */
export class AccessTokenUnavailable extends Error {
  constructor(
    readonly reason: string,
    /** WeChat was busy or out of reach: a later attempt may succeed. */
    readonly transient: boolean,
    readonly errcode?: number,
  ) {
    super(`WeChat access token unavailable: ${reason}`);
    this.name = 'AccessTokenUnavailable';
  }
}

const EARLY_RENEWAL_S = 300;

/**
 * `POST /cgi-bin/stable_token` in normal mode (never `force_refresh`, which would cut off every other container's
 * token): while a token lives WeChat hands every caller the same one, so containers never invalidate each other.
 */
export function stableAccessTokens(
  settings: WechatApiSettings,
  options: { fetch?: WechatFetch; now?: () => number; retry?: RetryPolicy } = {},
): AccessTokens {
  const fetchFn = options.fetch ?? defaultWechatFetch;
  const now = options.now ?? Date.now;
  const policy = options.retry ?? DEFAULT_RETRY_POLICY;
  let cached: { token: string; until: number } | undefined;
  let inFlight: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const { outcome, attempts } = await retryTransient(
      () =>
        callWechat(fetchFn, `${settings.baseUrl}/cgi-bin/stable_token`, {
          method: 'POST',
          body: { grant_type: 'client_credential', appid: settings.appid, secret: settings.secret },
          timeoutMs: policy.timeoutMs,
        }),
      // Asking for the token again is harmless, so even an unanswered request is repeated.
      (call) => isTransientCall(call, { retryUnknown: true }),
      policy,
    );
    if (outcome.kind === 'answer' && typeof outcome.answer.access_token === 'string') {
      const lifetimeS = Number(outcome.answer.expires_in ?? 7200);
      cached = { token: outcome.answer.access_token, until: now() + (lifetimeS - EARLY_RENEWAL_S) * 1000 };
      return outcome.answer.access_token;
    }
    const errcode = outcome.kind === 'answer' ? outcome.answer.errcode : undefined;
    const transient = isTransientCall(outcome, { retryUnknown: true });
    throw new AccessTokenUnavailable(`${describeCall(outcome)} after ${attempts} attempt(s)`, transient, errcode);
  };

  const shared = (): Promise<string> =>
    (inFlight ??= fetchToken().finally(() => {
      inFlight = undefined;
    }));

  return {
    async current() {
      if (cached && cached.until > now()) return cached.token;
      return shared();
    },
    async renew(rejected) {
      if (inFlight) return inFlight;
      if (cached && cached.token !== rejected && cached.until > now()) return cached.token;
      cached = undefined;
      return shared();
    },
  };
}
