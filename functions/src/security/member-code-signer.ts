import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { checkMemberCode, composeMemberCode, type MemberCodeCheck } from '@app/shared';

const MAC_DIGITS = 10;

/** 40 bits of HMAC-SHA256 as 10 decimal digits: forging one means guessing among 10^10 within a minute. */
function macDigits(secret: string, payload: string): string {
  const digest = createHmac('sha256', secret).update(payload).digest();
  return String(digest.readUIntBE(0, 5) % 10 ** MAC_DIGITS).padStart(MAC_DIGITS, '0');
}

export function memberCodeSigner(
  secret: string,
  randomNonce: () => string = () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
) {
  return {
    issue(memberNo: string, nowMs: number, ttlSeconds: number): { code: string; expiresAtMs: number } {
      const expiresAtSeconds = Math.floor(nowMs / 1000) + ttlSeconds;
      const code = composeMemberCode({ memberNo, expiresAtSeconds, nonce: randomNonce() }, (payload) =>
        macDigits(secret, payload),
      );
      return { code, expiresAtMs: expiresAtSeconds * 1000 };
    },

    check(code: string, nowMs: number): MemberCodeCheck {
      return checkMemberCode(code, nowMs, (payload, mac) => {
        const expected = Buffer.from(macDigits(secret, payload));
        const given = Buffer.from(mac);
        return given.length === expected.length && timingSafeEqual(given, expected);
      });
    },
  };
}

export type MemberCodeSigner = ReturnType<typeof memberCodeSigner>;
