import { lazySchema } from '@app/shared';
import * as z from 'zod';
import { WECHAT_API_BASE_URL } from './adapters/wechat/wechat-http';
import { type AppSecrets, type AppSecretsSource, appSecretsProblems } from './app-secrets';
import {
  isPublicHttps,
  type WechatSettings,
  type WechatSettingsSource,
  wechatSettingsProblems,
} from './wechat-settings';

const envSchema = lazySchema(() =>
  z
    .object({
      STAGE: z.string().min(1).default('local'),
      TABLE_NAME: z.string().min(3),
      APP_VERSION: z.string().default('0.0.0'),
      /** The local stage only: the app's secrets. A deployed stage reads them from Parameter Store (app-secrets.ts). */
      SESSION_SECRET: z.string().optional(),
      MEMBER_CODE_SECRET: z.string().optional(),
      /** Deployed stages: where SSM Parameter Store holds the app's secrets; /huiyuanka/<stage>/app/ by default. */
      APP_PARAMETERS_PATH: z.string().default(''),
      /** Deployed stages: where SSM Parameter Store holds the WeChat settings; /huiyuanka/<stage>/wechat/ by default. */
      WECHAT_PARAMETERS_PATH: z.string().default(''),
      WECHAT_API_BASE_URL: z.string().default(WECHAT_API_BASE_URL),
      WECHATPAY_BASE_URL: z.string().default('https://api.mch.weixin.qq.com'),
      /** The local stage only: the settings themselves (the stand-ins and the keys the local stack made). */
      WECHAT_APPID: z.string().default(''),
      WECHAT_SECRET: z.string().default(''),
      WECHATPAY_MCHID: z.string().default(''),
      WECHATPAY_MERCHANT_SERIAL: z.string().default(''),
      WECHATPAY_MERCHANT_PRIVATE_KEY: z.string().default(''),
      WECHATPAY_APIV3_KEY: z.string().default(''),
      WECHATPAY_PLATFORM_PUBLIC_KEY: z.string().default(''),
      WECHATPAY_PLATFORM_PUBLIC_KEY_ID: z.string().default(''),
      WECHATPAY_NOTIFY_URL: z.string().default(''),
      /** The push-dispatch queue (deployed stages); the local stage dispatches in-process. */
      DISPATCH_QUEUE_URL: z.string().default(''),
    })
    .superRefine((env, ctx) => {
      if (env.STAGE === 'local') {
        for (const problem of wechatSettingsProblems(settingsFromEnvironment(env), false))
          ctx.addIssue({ code: 'custom', path: ['WECHATPAY_MCHID'], message: problem });
        for (const problem of appSecretsProblems(secretsFromEnvironment(env), false))
          ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: problem });
        return;
      }
      // A secret in a deployed function's environment is readable by anyone who may read its configuration.
      for (const key of ['SESSION_SECRET', 'MEMBER_CODE_SECRET'] as const) {
        if (env[key])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${key} is read from Parameter Store outside the local stage, never from the environment`,
          });
      }
      for (const key of ['WECHAT_PARAMETERS_PATH', 'APP_PARAMETERS_PATH'] as const) {
        if (env[key] && !/^\/[\w./-]+\/$/.test(env[key]))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${key} is a Parameter Store path with a trailing slash, e.g. /huiyuanka/prod/wechat/`,
          });
      }
      // The stand-ins listen on this machine: a deployed function must never be pointed at one.
      for (const key of ['WECHAT_API_BASE_URL', 'WECHATPAY_BASE_URL'] as const) {
        if (!isPublicHttps(env[key]))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${key} must be a public https URL outside the local stage`,
          });
      }
    }),
);

type Env = z.infer<typeof envSchema>;

const secretsFromEnvironment = (env: Pick<Env, 'SESSION_SECRET' | 'MEMBER_CODE_SECRET'>): AppSecrets => ({
  session: env.SESSION_SECRET ?? '',
  memberCode: env.MEMBER_CODE_SECRET ?? '',
});

function settingsFromEnvironment(env: Omit<Env, 'STAGE'>): WechatSettings {
  return {
    api: { appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, baseUrl: env.WECHAT_API_BASE_URL },
    pay: env.WECHATPAY_MCHID
      ? {
          mchid: env.WECHATPAY_MCHID,
          appid: env.WECHAT_APPID,
          merchantSerial: env.WECHATPAY_MERCHANT_SERIAL,
          merchantPrivateKey: env.WECHATPAY_MERCHANT_PRIVATE_KEY,
          apiV3Key: env.WECHATPAY_APIV3_KEY,
          platformPublicKey: env.WECHATPAY_PLATFORM_PUBLIC_KEY,
          platformPublicKeyId: env.WECHATPAY_PLATFORM_PUBLIC_KEY_ID,
          notifyUrl: env.WECHATPAY_NOTIFY_URL,
          baseUrl: env.WECHATPAY_BASE_URL,
        }
      : null,
  };
}

export interface AppConfig {
  stage: string;
  isLocal: boolean;
  tableName: string;
  version: string;
  /** The secrets that sign sessions and codes, or where to read them (app-secrets.ts). */
  secrets: AppSecretsSource;
  /** The WeChat server API and WeChat Pay settings, or where to read them (wechat-settings.ts). */
  wechat: WechatSettingsSource;
  dispatchQueueUrl: string | null;
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.parse(env);
  return {
    stage: parsed.STAGE,
    isLocal: parsed.STAGE === 'local',
    tableName: parsed.TABLE_NAME,
    version: parsed.APP_VERSION,
    secrets:
      parsed.STAGE === 'local'
        ? { from: 'environment', secrets: secretsFromEnvironment(parsed) }
        : { from: 'parameter-store', path: parsed.APP_PARAMETERS_PATH || `/huiyuanka/${parsed.STAGE}/app/` },
    wechat:
      parsed.STAGE === 'local'
        ? { from: 'environment', settings: settingsFromEnvironment(parsed) }
        : {
            from: 'parameter-store',
            path: parsed.WECHAT_PARAMETERS_PATH || `/huiyuanka/${parsed.STAGE}/wechat/`,
            apiBaseUrl: parsed.WECHAT_API_BASE_URL,
            payBaseUrl: parsed.WECHATPAY_BASE_URL,
          },
    dispatchQueueUrl:
      parsed.STAGE !== 'local' && parsed.DISPATCH_QUEUE_URL.startsWith('https://') ? parsed.DISPATCH_QUEUE_URL : null,
  };
}

let cached: AppConfig | undefined;

/** Read once per cold start. */
export const config = (): AppConfig => (cached ??= parseConfig(process.env));
