import { APP_SECRET_PARAMETERS, appSecretsLoader } from '../../functions/src/app-secrets';
import { parseConfig } from '../../functions/src/config';
import type { HttpDeps } from '../../functions/src/http/route';
import { sessionTokens } from '../../functions/src/security/session-token';

const SECRETS = {
  session: 'unit-session-secret-0123456789abcdefgh',
  memberCode: 'unit-member-code-secret-0123456789abcd',
};

/**
 * The HTTP wrapper's dependencies without storage, for its unit tests. The local stage takes its secrets from its
 * environment; a deployed stage reads them from (a stand-in for) Parameter Store, as the wrapper's first step.
 */
export function httpDepsFor(
  stage: string,
  idempotency: HttpDeps['idempotency'],
  realNow: () => number,
): HttpDeps & { parameterReads: () => number } {
  const local = stage === 'local';
  const config = parseConfig({
    STAGE: stage,
    TABLE_NAME: 'unit-table',
    WECHAT_APPID: 'wx',
    WECHAT_SECRET: 's',
    ...(local ? { SESSION_SECRET: SECRETS.session, MEMBER_CODE_SECRET: SECRETS.memberCode } : {}),
  });
  let reads = 0;
  const secrets = appSecretsLoader(config.secrets, async (path) => {
    reads += 1;
    return {
      [`${path}${APP_SECRET_PARAMETERS.session}`]: SECRETS.session,
      [`${path}${APP_SECRET_PARAMETERS.memberCode}`]: SECRETS.memberCode,
    };
  });
  return {
    config,
    secrets,
    get tokens() {
      return sessionTokens(secrets.current().session);
    },
    idempotency,
    realNow,
    parameterReads: () => reads,
  };
}
