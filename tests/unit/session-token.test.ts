import { sessionTokens, SESSION_TTL_SECONDS } from '../../functions/src/security/session-token';

const NOW = Date.parse('2026-11-23T02:00:00Z');
const tokens = sessionTokens('unit-test-session-secret-0123456789abc');
const claims = { sub: 'openid-1', role: 'member' as const, memberId: 'M1', stage: 'local' };

describe('session tokens', () => {
  test('round-trip the claims until they expire', () => {
    const { token, expiresAtMs } = tokens.issue(claims, NOW);
    expect(expiresAtMs).toBe(NOW + SESSION_TTL_SECONDS.member * 1000);
    expect(tokens.verify(token, NOW + 1000, 'local')).toMatchObject(claims);
    expect(tokens.verify(token, expiresAtMs, 'local')).toBeNull();
  });

  test('staff sessions last a shift', () => {
    const { expiresAtMs } = tokens.issue({ sub: 's', role: 'staff', storeId: 'S001', stage: 'local' }, NOW);
    expect(expiresAtMs - NOW).toBe(12 * 3600_000);
  });

  test('a tampered payload, a foreign signature or another stage is refused', () => {
    const { token } = tokens.issue(claims, NOW);
    const [header, payload, signature] = token.split('.');
    const elevated = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'marketer' }),
    ).toString('base64url');
    expect(tokens.verify(`${header}.${elevated}.${signature}`, NOW, 'local')).toBeNull();
    const foreign = sessionTokens('another-secret-0123456789abcdef0123456').issue(claims, NOW).token;
    expect(tokens.verify(foreign, NOW, 'local')).toBeNull();
    expect(tokens.verify(token, NOW, 'prod')).toBeNull();
    expect(tokens.verify('not.a.token', NOW, 'local')).toBeNull();
    expect(tokens.verify('garbage', NOW, 'local')).toBeNull();
  });
});
