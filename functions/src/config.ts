import * as z from 'zod';

const LOCAL_SECRET_PREFIX = 'local-only-';

const envSchema = z
  .object({
    STAGE: z.string().min(1).default('local'),
    TABLE_NAME: z.string().min(3),
    APP_VERSION: z.string().default('0.0.0'),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters'),
    MEMBER_CODE_SECRET: z.string().min(32, 'MEMBER_CODE_SECRET must be at least 32 characters'),
    WECHAT_APPID: z.string().default(''),
    WECHAT_SECRET: z.string().default(''),
    /** The push-dispatch queue (deployed stages); the local stage dispatches in-process. */
    DISPATCH_QUEUE_URL: z.string().default(''),
  })
  .superRefine((env, ctx) => {
    if (env.STAGE === 'local') return;
    // The defaults in serverless.yml exist for the local stack only; a deployed stage must bring its own.
    for (const key of ['SESSION_SECRET', 'MEMBER_CODE_SECRET'] as const) {
      if (env[key].startsWith(LOCAL_SECRET_PREFIX)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${key} must be set outside the local stage` });
      }
    }
    if (!env.WECHAT_APPID || !env.WECHAT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WECHAT_APPID'],
        message: 'WECHAT_APPID and WECHAT_SECRET are required outside the local stage',
      });
    }
  });

export interface AppConfig {
  stage: string;
  isLocal: boolean;
  tableName: string;
  version: string;
  sessionSecret: string;
  memberCodeSecret: string;
  wechat: { appid: string; secret: string };
  dispatchQueueUrl: string | null;
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.parse(env);
  return {
    stage: parsed.STAGE,
    isLocal: parsed.STAGE === 'local',
    tableName: parsed.TABLE_NAME,
    version: parsed.APP_VERSION,
    sessionSecret: parsed.SESSION_SECRET,
    memberCodeSecret: parsed.MEMBER_CODE_SECRET,
    wechat: { appid: parsed.WECHAT_APPID, secret: parsed.WECHAT_SECRET },
    dispatchQueueUrl:
      parsed.STAGE !== 'local' && parsed.DISPATCH_QUEUE_URL.startsWith('https://') ? parsed.DISPATCH_QUEUE_URL : null,
  };
}

let cached: AppConfig | undefined;

/** Read once per cold start. */
export const config = (): AppConfig => (cached ??= parseConfig(process.env));
