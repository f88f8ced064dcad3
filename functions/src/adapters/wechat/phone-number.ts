/** Turns the code of the mini-program's phone-number button into the member's phone, or null if invalid. */
export interface PhoneNumberProvider {
  phoneFor(code: string): Promise<string | null>;
}

/** Local stage only: `dev:<11 digits>` binds that number. */
export const devPhoneNumberProvider: PhoneNumberProvider = {
  async phoneFor(code) {
    const match = /^dev:(1\d{10})$/.exec(code);
    return match ? match[1]! : null;
  },
};

type FetchLike = (
  url: string,
  init?: { method?: string; body?: string; headers?: Record<string, string> },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** Production: getuserphonenumber with the app's access token (cached until shortly before it expires). */
export function wechatPhoneNumberProvider(
  credentials: { appid: string; secret: string },
  fetchFn: FetchLike = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(4000) }),
): PhoneNumberProvider {
  let token: { value: string; until: number } | undefined;
  const accessToken = async () => {
    if (token && token.until > Date.now()) return token.value;
    const query = new URLSearchParams({
      grant_type: 'client_credential',
      appid: credentials.appid,
      secret: credentials.secret,
    });
    const answer = (await (await fetchFn(`https://api.weixin.qq.com/cgi-bin/token?${query}`)).json()) as {
      access_token?: string;
      expires_in?: number;
      errcode?: number;
    };
    if (!answer.access_token) throw new Error(`access token refused (errcode ${answer.errcode})`);
    token = { value: answer.access_token, until: Date.now() + ((answer.expires_in ?? 7200) - 300) * 1000 };
    return token.value;
  };
  return {
    async phoneFor(code) {
      const response = await fetchFn(
        `https://api.weixin.qq.com/wxa/business/getuserphonenumber?access_token=${await accessToken()}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code }),
        },
      );
      const answer = (await response.json()) as { errcode?: number; phone_info?: { purePhoneNumber?: string } };
      if (answer.errcode === 40029) return null;
      if (answer.errcode) throw new Error(`getuserphonenumber failed with errcode ${answer.errcode}`);
      return answer.phone_info?.purePhoneNumber ?? null;
    },
  };
}
