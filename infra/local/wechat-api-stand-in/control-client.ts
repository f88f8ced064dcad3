import type { ApiFault, ReceivedMessage } from './state';

/**
 * The WeChat API stand-in's test controls over HTTP. `npm test` hands its URL to tests as TEST_WECHAT_API_URL.
 */
export function wechatApiControls(baseUrl: string) {
  const send = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/control${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 400) throw new Error(`stand-in control ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    /** Every subscribe message received (delivered or refused with 43101), oldest first. */
    messages: () => send<ReceivedMessage[]>('GET', '/messages'),
    /** Every platform call with the errcode answered (e.g. to count stable_token fetches). */
    calls: () => send<Array<{ path: string; at: string; errcode: number }>>('GET', '/calls'),
    /** Tokens expire now: their next use answers 42001. */
    expireTokens: () => send<void>('POST', '/tokens/expire'),
    /** Tokens become invalid now, as after a force refresh elsewhere: their next use answers 40001. */
    invalidateTokens: () => send<void>('POST', '/tokens/invalidate'),
    configure: (config: { tokenLifetimeS?: number; templates?: string[] }) => send<void>('POST', '/config', config),
    /** This member (for this template, or any) refuses: 43101. */
    refuse: (openid: string, templateId?: string) => send<void>('POST', '/refusals', { openid, templateId }),
    fault: (fault: ApiFault) => send<void>('POST', '/faults', fault),
    /** A login code for code2Session, as wx.login would give this user. */
    loginCode: async (openid: string) => (await send<{ code: string }>('POST', '/login-codes', { openid })).code,
    /** A phone-number button code for this number. */
    phoneCode: async (phone: string) => (await send<{ code: string }>('POST', '/phone-codes', { phone })).code,
    reset: () => send<void>('POST', '/reset'),
  };
}
