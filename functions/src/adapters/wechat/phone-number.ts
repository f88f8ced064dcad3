import type { WechatServerApi } from './server-api';

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

/** Production: getuserphonenumber with the app's access token (the one cached token of the server API). */
export function wechatPhoneNumberProvider(api: Pick<WechatServerApi, 'callWithToken'>): PhoneNumberProvider {
  return {
    async phoneFor(code) {
      const result = await api.callWithToken('/wxa/business/getuserphonenumber', { code });
      if (!result.ok) throw new Error(`getuserphonenumber failed: ${result.reason}`);
      const answer = result.answer as { errcode?: number; phone_info?: { purePhoneNumber?: string } };
      if (answer.errcode === 40029) return null;
      if (answer.errcode) throw new Error(`getuserphonenumber failed with errcode ${answer.errcode}`);
      return answer.phone_info?.purePhoneNumber ?? null;
    },
  };
}
