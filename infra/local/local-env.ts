import { parseConfig, type AppConfig } from '../../functions/src/config';

/**
 * The environment of the local stage, in one place: the API child process, the seed and the tests read it.
 * The secrets are marked local-only; the config refuses them on any other stage.
 */
export function localEnvironment(options: {
  dynamoEndpoint: string;
  tableName: string;
  apiPort: number;
  lambdaPort: number;
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
  } satisfies Record<string, string>;
}

export type LocalEnvironment = ReturnType<typeof localEnvironment>;

export const localConfig = (env: LocalEnvironment): AppConfig => parseConfig(env);
