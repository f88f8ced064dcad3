import { DomainError, openidSchema } from '@app/shared';
import { WECHAT_API_BASE_URL } from './wechat-http';

/** Turns a login code from the mini-program into the user's openid, or null when the code is not valid. */
export interface IdentityProvider {
  resolveOpenid(code: string): Promise<string | null>;
}

/** Local stage only: `dev:<openid>` logs in as that openid, so demos and tests need no WeChat account. */
export const devIdentityProvider: IdentityProvider = {
  async resolveOpenid(code) {
    if (!code.startsWith('dev:')) return null;
    const openid = code.slice(4);
    return openidSchema.safeParse(openid).success ? openid : null;
  },
};

type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

interface Code2SessionAnswer {
  openid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

/**
 * Production: WeChat's code2Session. The session key it returns stays here and is dropped: nothing the
 * product does needs it, and it must never reach a client.
 */
export function wechatIdentityProvider(
  credentials: { appid: string; secret: string; baseUrl?: string },
  fetchFn: FetchLike = (url) => fetch(url, { signal: AbortSignal.timeout(4000) }),
): IdentityProvider {
  return {
    async resolveOpenid(code) {
      const query = new URLSearchParams({
        appid: credentials.appid,
        secret: credentials.secret,
        js_code: code,
        grant_type: 'authorization_code',
      });
      const response = await fetchFn(`${credentials.baseUrl ?? WECHAT_API_BASE_URL}/sns/jscode2session?${query}`);
      if (!response.ok) throw new Error(`code2Session answered HTTP ${response.status}`);
      const answer = (await response.json()) as Code2SessionAnswer;
      if (answer.errcode === 45011) throw new DomainError('RATE_LIMITED');
      if (answer.errcode === 40029 || answer.errcode === 40163 || answer.errcode === 40226) return null;
      if (answer.errcode) throw new Error(`code2Session failed with errcode ${answer.errcode}`);
      return answer.openid ?? null;
    },
  };
}
