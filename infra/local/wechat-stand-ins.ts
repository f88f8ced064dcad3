import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { startWechatApiStandIn, type WechatApiStandIn } from './wechat-api-stand-in/server';
import { type LocalWechatKeys, localWechatKeys } from './wechat-local-keys';
import { startWechatPayStandIn, type WechatPayStandIn } from './wechat-pay-stand-in/server';

/** Where the local stage's API finds WeChat: the two stand-ins and the keys they were started with. */
export interface LocalWechat {
  payUrl: string;
  apiUrl: string;
  keys: LocalWechatKeys;
}

export interface WechatStandIns {
  pay: WechatPayStandIn;
  api: WechatApiStandIn;
  wechat: LocalWechat;
  stop(): Promise<void>;
}

/** Both stand-ins, each on a free port unless one is given (WECHATPAY_PORT / WECHAT_API_PORT for `npm start`). */
export async function startWechatStandIns(ports: { pay?: number; api?: number } = {}): Promise<WechatStandIns> {
  const keys = localWechatKeys();
  const pay = await startWechatPayStandIn({
    port: ports.pay,
    merchant: { mchid: keys.mchid, appid: keys.appid, serial: keys.merchantSerial, publicKey: keys.merchantPublicKey },
    platform: { privateKey: keys.platformPrivateKey, keyId: keys.platformPublicKeyId },
    apiV3Key: keys.apiV3Key,
  });
  try {
    const api = await startWechatApiStandIn({ port: ports.api, appid: keys.appid, secret: keys.appSecret });
    return {
      pay,
      api,
      wechat: { payUrl: pay.url, apiUrl: api.url, keys },
      async stop() {
        await api.stop();
        await pay.stop();
      },
    };
  } catch (error) {
    await pay.stop();
    throw error;
  }
}

/** The API's environment for the stand-ins: base URLs and the local merchant (refused by any deployed stage). */
export function wechatEnvironment(wechat: LocalWechat, notifyUrl: string) {
  const { keys } = wechat;
  return {
    WECHAT_APPID: keys.appid,
    WECHAT_SECRET: keys.appSecret,
    WECHAT_API_BASE_URL: wechat.apiUrl,
    WECHATPAY_BASE_URL: wechat.payUrl,
    WECHATPAY_MCHID: keys.mchid,
    WECHATPAY_MERCHANT_SERIAL: keys.merchantSerial,
    WECHATPAY_MERCHANT_PRIVATE_KEY: keys.merchantPrivateKey,
    WECHATPAY_APIV3_KEY: keys.apiV3Key,
    WECHATPAY_PLATFORM_PUBLIC_KEY: keys.platformPublicKey,
    WECHATPAY_PLATFORM_PUBLIC_KEY_ID: keys.platformPublicKeyId,
    WECHATPAY_NOTIFY_URL: notifyUrl,
  };
}

/**
 * `npm start` / `npm run api` note where their stand-ins listen (in .local/, with the data), so a job run by hand
 * (`npm run job -- reconcile-payments`) talks to the same WeChat Pay as the running API.
 */
export const RUNNING_WECHAT_FILE = '.local/wechat-stand-ins.json';

export function noteRunningWechat(wechat: LocalWechat, file = RUNNING_WECHAT_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(wechat), { mode: 0o600 });
}

export function runningWechat(file = RUNNING_WECHAT_FILE): LocalWechat | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LocalWechat) : undefined;
}
