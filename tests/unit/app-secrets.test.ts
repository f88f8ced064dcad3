import { APP_SECRET_PARAMETERS, appSecretsLoader } from '../../functions/src/app-secrets';

const PATH = '/huiyuanka/prod/app/';
const stored = (session: string, memberCode: string) => ({
  [`${PATH}${APP_SECRET_PARAMETERS.session}`]: session,
  [`${PATH}${APP_SECRET_PARAMETERS.memberCode}`]: memberCode,
});
const REAL = stored('a-real-session-secret-from-parameter-store', 'a-real-member-code-secret-from-param-store');

describe('the app secrets of a deployed stage', () => {
  test('a failed read is not kept: the next request reads again, then never more', async () => {
    let reads = 0;
    const secrets = appSecretsLoader({ from: 'parameter-store', path: PATH }, async () => {
      reads += 1;
      if (reads === 1) throw new Error('throttled');
      return REAL;
    });
    await expect(secrets.ready()).rejects.toThrow('throttled');
    expect(() => secrets.current()).toThrow('before they were read');
    await secrets.ready();
    await secrets.ready();
    expect([secrets.current().session, reads]).toEqual([REAL[`${PATH}session-secret`], 2]);
  });

  test('missing, short or local-only values are refused with the reason, never used', async () => {
    for (const [parameters, reason] of [
      [{}, 'session-secret must be at least 32'],
      [stored('short', REAL[`${PATH}member-code-secret`]!), 'session-secret must be at least 32'],
      [stored(REAL[`${PATH}session-secret`]!, 'local-only-member-code-secret-0123456789ab'), 'local-only value'],
    ] as const) {
      const secrets = appSecretsLoader({ from: 'parameter-store', path: PATH }, async () => parameters);
      await expect(secrets.ready()).rejects.toThrow(reason);
      expect(() => secrets.current()).toThrow();
    }
  });
});
