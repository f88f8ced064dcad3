import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { WechatApiSettings } from './adapters/wechat/access-token';
import type { WechatPaySettings } from './adapters/wechat-pay/port';
import { loadOnce } from './load-once';

/** The app's WeChat credentials and the merchant's WeChat Pay settings. */
export interface WechatSettings {
  api: WechatApiSettings;
  /** Null only in a local set-up without the WeChat Pay stand-in. */
  pay: WechatPaySettings | null;
}

/**
 * Where a stage finds them. The local stage: its environment (the local stack's stand-ins and keys). A deployed
 * stage: SSM Parameter Store under one path, read by the function at first use with its own role — so no secret
 * is ever written into the CloudFormation template or the functions' configuration (docs/decisions.md).
 */
export type WechatSettingsSource =
  | { from: 'environment'; settings: WechatSettings }
  | { from: 'parameter-store'; path: string; apiBaseUrl: string; payBaseUrl: string };

export const LOCAL_SECRET_PREFIX = 'local-only-';

/** Names under `/huiyuanka/<stage>/wechat/` (SecureString for the secrets). README "Deploying to AWS". */
export const WECHAT_PARAMETERS = {
  appid: 'appid',
  appSecret: 'app-secret',
  mchid: 'pay/mchid',
  merchantSerial: 'pay/merchant-serial',
  merchantPrivateKey: 'pay/merchant-private-key',
  apiV3Key: 'pay/apiv3-key',
  platformPublicKey: 'pay/platform-public-key',
  platformPublicKeyId: 'pay/platform-public-key-id',
  notifyUrl: 'pay/notify-url',
} as const;

export function settingsFromParameters(
  source: Extract<WechatSettingsSource, { from: 'parameter-store' }>,
  parameters: Readonly<Record<string, string>>,
): WechatSettings {
  const value = (name: keyof typeof WECHAT_PARAMETERS) => parameters[`${source.path}${WECHAT_PARAMETERS[name]}`] ?? '';
  return {
    api: { appid: value('appid'), secret: value('appSecret'), baseUrl: source.apiBaseUrl },
    pay: {
      mchid: value('mchid'),
      appid: value('appid'),
      merchantSerial: value('merchantSerial'),
      merchantPrivateKey: value('merchantPrivateKey'),
      apiV3Key: value('apiV3Key'),
      platformPublicKey: value('platformPublicKey'),
      platformPublicKeyId: value('platformPublicKeyId'),
      notifyUrl: value('notifyUrl'),
      baseUrl: source.payBaseUrl,
    },
  };
}

/** What is wrong with the settings; a deployed stage also refuses local-only values and this machine's URLs. */
export function wechatSettingsProblems(settings: WechatSettings, deployed: boolean): string[] {
  const problems: string[] = [];
  const { api, pay } = settings;
  if (deployed) {
    if (!api.appid || !api.secret) problems.push('the WeChat appid and app secret are required');
    if (api.secret.startsWith(LOCAL_SECRET_PREFIX)) problems.push('the WeChat app secret is a local-only value');
    if (!isPublicHttps(api.baseUrl)) problems.push(`the WeChat API base URL must be public https: ${api.baseUrl}`);
    if (!pay) problems.push('the WeChat Pay merchant settings are required');
  }
  if (!pay) return problems;
  for (const [field, value] of Object.entries(pay)) if (!value) problems.push(`WeChat Pay ${field} is missing`);
  if (Buffer.byteLength(pay.apiV3Key) !== 32) problems.push('the WeChat Pay APIv3 key must have 32 bytes');
  if (!usable(() => createPrivateKey(pay.merchantPrivateKey)))
    problems.push('the merchant private key is not a PEM key');
  if (!usable(() => createPublicKey(pay.platformPublicKey)))
    problems.push('the WeChat Pay public key is not a PEM key');
  if (deployed) {
    if (pay.apiV3Key.startsWith(LOCAL_SECRET_PREFIX)) problems.push('the WeChat Pay APIv3 key is a local-only value');
    for (const [name, url] of [
      ['base', pay.baseUrl],
      ['notify', pay.notifyUrl],
    ] as const)
      if (!isPublicHttps(url)) problems.push(`the WeChat Pay ${name} URL must be public https: ${url}`);
  }
  return problems;
}

/** Reads the settings once per container, at first use; a failed read is tried again by the next use. */
export function wechatSettingsLoader(
  source: WechatSettingsSource,
  readParameters: (path: string) => Promise<Record<string, string>>,
): () => Promise<WechatSettings> {
  if (source.from === 'environment') return async () => source.settings;
  return loadOnce(async () => {
    const settings = settingsFromParameters(source, await readParameters(source.path));
    const problems = wechatSettingsProblems(settings, true);
    if (problems.length) throw new Error(`WeChat settings under ${source.path} refused: ${problems.join('; ')}`);
    return settings;
  });
}

/** The stand-ins listen on this machine: nothing deployed may be pointed at 127.0.0.1 or localhost. */
export function isPublicHttps(value: string): boolean {
  try {
    const url = new URL(value);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const loopback = host === 'localhost' || host === '::1' || host === '0.0.0.0' || host.startsWith('127.');
    return url.protocol === 'https:' && !loopback;
  } catch {
    return false;
  }
}

function usable(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}
