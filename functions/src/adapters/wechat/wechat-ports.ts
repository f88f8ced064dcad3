import type { WechatSettingsSource } from '../../wechat-settings';
import { wechatSettingsLoader } from '../../wechat-settings';
import { loadOnce } from '../../load-once';
import { parametersUnder } from '../ssm/parameters';
import type { WechatPay } from '../wechat-pay';
import { type IdentityProvider, wechatIdentityProvider } from './identity-provider';
import { type PhoneNumberProvider, wechatPhoneNumberProvider } from './phone-number';
import { type WechatServerApi, wechatServerApi } from './server-api';

/** A port whose every method waits for the adapter behind it to be made. */
function deferred<T extends object>(make: () => Promise<T>, methods: Record<keyof T, true>): T {
  return Object.fromEntries(
    Object.keys(methods).map((name) => [
      name,
      async (...args: unknown[]) => ((await make())[name as keyof T] as (...a: unknown[]) => unknown)(...args),
    ]),
  ) as T;
}

/**
 * The stage's ports to WeChat (server API, WeChat Pay), made when first used, after the settings are read:
 * a deployed function reads them from Parameter Store once per container, and only if it talks to WeChat.
 */
export function wechatPorts(
  source: WechatSettingsSource,
  readParameters: (path: string) => Promise<Record<string, string>> = parametersUnder,
) {
  const settings = wechatSettingsLoader(source, readParameters);
  const serverApi = loadOnce(async () => wechatServerApi((await settings()).api));
  const payClient = loadOnce(async () => {
    const { pay } = await settings();
    if (!pay)
      throw new Error('WeChat Pay is not configured (the local stack starts its stand-in: infra/local/stack.ts)');
    // Loaded here, not at the top: its HTTP stack (axios, mime types, an XML parser) would otherwise be evaluated
    // by every function's cold start, though only the payment functions ever talk to WeChat Pay.
    const { wechatPayClient } = await import('../wechat-pay/client');
    return wechatPayClient(pay);
  });
  const wechatApi = deferred<WechatServerApi>(serverApi, { sendSubscribeMessage: true, callWithToken: true });
  const identityProvider = deferred<IdentityProvider>(async () => wechatIdentityProvider((await settings()).api), {
    resolveOpenid: true,
  });
  const phoneNumbers: PhoneNumberProvider = wechatPhoneNumberProvider(wechatApi);
  const wechatPay = deferred<WechatPay>(payClient, {
    createJsapiOrder: true,
    paymentArgs: true,
    queryOrder: true,
    closeOrder: true,
    createRefund: true,
    queryRefund: true,
    verifyNotification: true,
  });
  return { identityProvider, phoneNumbers, wechatApi, wechatPay };
}
