import { parseConfig, type AppConfig } from '../../functions/src/config';
import { type LocalWechat, wechatEnvironment } from './wechat-stand-ins';

/**
 * The environment of the local stage, in one place: the API child process, the seed and the tests read it.
 * The secrets are marked local-only; the config refuses them on any other stage.
 */
export function localEnvironment(options: {
  dynamoEndpoint: string;
  tableName: string;
  apiPort: number;
  lambdaPort: number;
  /** The WeChat Pay and WeChat API stand-ins (infra/local/wechat-stand-ins.ts); absent: no WeChat Pay. */
  wechat?: LocalWechat;
  /** The object-storage stand-in for mall pictures (infra/local/object-storage-stand-in); absent: no uploads. */
  images?: { endpoint: string; bucket: string; publicUrl: string };
}) {
  return {
    STAGE: 'local',
    TABLE_NAME: options.tableName,
    SESSION_SECRET: 'local-only-session-secret-0123456789abcdef',
    MEMBER_CODE_SECRET: 'local-only-member-code-secret-0123456789ab',
    APP_VERSION: process.env.npm_package_version ?? '0.1.0',
    API_PORT: String(options.apiPort),
    API_LAMBDA_PORT: String(options.lambdaPort),
    AWS_ENDPOINT_URL_DYNAMODB: options.dynamoEndpoint,
    AWS_REGION: 'cn-north-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_EC2_METADATA_DISABLED: 'true',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    NODE_NO_WARNINGS: '1',
    ...(options.wechat
      ? wechatEnvironment(options.wechat, `http://127.0.0.1:${options.apiPort}/v1/pay/wechat/notify`)
      : {}),
    ...(options.images
      ? {
          LOCAL_MALL_IMAGES_ENDPOINT: options.images.endpoint,
          LOCAL_MALL_IMAGES_BUCKET: options.images.bucket,
          LOCAL_MALL_IMAGES_PUBLIC_URL: options.images.publicUrl,
        }
      : {}),
  } satisfies Record<string, string>;
}

export type LocalEnvironment = ReturnType<typeof localEnvironment>;

export const localConfig = (env: LocalEnvironment): AppConfig => parseConfig(env);
