import { lazySchema } from '@app/shared';
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { roleSchema } from '@app/shared';

/** What a session token asserts. `sub` is the openid; members carry memberId, staff their storeId. */
export const sessionClaims = lazySchema(() =>
  z.object({
    sub: z.string(),
    role: roleSchema,
    memberId: z.string().optional(),
    storeId: z.string().optional(),
    stage: z.string(),
    iat: z.number().int(),
    exp: z.number().int(),
  }),
);
export type SessionClaims = z.infer<typeof sessionClaims>;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/** Session lifetimes: a member stays signed in for a week; counter and console sessions last a shift. */
export const SESSION_TTL_SECONDS = { member: 7 * 24 * 3600, staff: 12 * 3600, marketer: 12 * 3600 } as const;

/** HS256 JWTs signed with the stage's secret, so a token of one stage is worthless in another. */
export function sessionTokens(secret: string) {
  const sign = (input: string) => createHmac('sha256', secret).update(input).digest();

  return {
    issue(claims: Omit<SessionClaims, 'iat' | 'exp'>, nowMs: number): { token: string; expiresAtMs: number } {
      const iat = Math.floor(nowMs / 1000);
      const exp = iat + SESSION_TTL_SECONDS[claims.role];
      const payload = Buffer.from(JSON.stringify({ ...claims, iat, exp })).toString('base64url');
      const signature = sign(`${HEADER}.${payload}`).toString('base64url');
      return { token: `${HEADER}.${payload}.${signature}`, expiresAtMs: exp * 1000 };
    },

    /** The claims of a genuine, unexpired token of this stage, else null. */
    verify(token: string, nowMs: number, stage: string): SessionClaims | null {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== HEADER) return null;
      const expected = sign(`${parts[0]}.${parts[1]}`);
      const given = Buffer.from(parts[2]!, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      let claims: SessionClaims;
      try {
        claims = sessionClaims.parse(JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')));
      } catch {
        return null;
      }
      if (claims.stage !== stage || claims.exp * 1000 <= nowMs) return null;
      return claims;
    },
  };
}

export type SessionTokens = ReturnType<typeof sessionTokens>;
