/**
 * The member code shown as a QR (and as digits under it). All digits, so a cashier can type it:
 *
 *   1 | memberNo (8) | expiresAt, epoch seconds (10) | nonce (6) | mac (10)   = 35 digits
 *
 * The mac is an HMAC over the first 25 digits, computed by the server (the secret never leaves it).
 * The nonce makes every issued code distinct, so that one code can be consumed by one purchase.
 */
export const MEMBER_CODE_VERSION = '1';
export const MEMBER_CODE_LENGTH = 35;

export interface MemberCodeClaims {
  memberNo: string;
  expiresAtSeconds: number;
  nonce: string;
}

export type MemberCodeCheck =
  | { ok: true; claims: MemberCodeClaims }
  | { ok: false; reason: 'MALFORMED' | 'CODE_INVALID' | 'CODE_EXPIRED' };

export const isMemberCodeShape = (code: string): boolean => new RegExp(`^${MEMBER_CODE_VERSION}\\d{34}$`).test(code);

export function memberCodePayload(claims: MemberCodeClaims): string {
  if (!/^\d{8}$/.test(claims.memberNo)) throw new Error('memberNo must be 8 digits');
  if (!/^\d{6}$/.test(claims.nonce)) throw new Error('nonce must be 6 digits');
  return `${MEMBER_CODE_VERSION}${claims.memberNo}${String(claims.expiresAtSeconds).padStart(10, '0')}${claims.nonce}`;
}

export function composeMemberCode(claims: MemberCodeClaims, mac: (payload: string) => string): string {
  const payload = memberCodePayload(claims);
  return payload + mac(payload);
}

/**
 * Checks shape, signature and lifetime, in that order: an altered code is CODE_INVALID even when it is
 * also expired, because its expiry cannot be trusted.
 */
export function checkMemberCode(
  code: string,
  nowMs: number,
  macMatches: (payload: string, mac: string) => boolean,
): MemberCodeCheck {
  if (!isMemberCodeShape(code)) return { ok: false, reason: 'MALFORMED' };
  const payload = code.slice(0, 25);
  if (!macMatches(payload, code.slice(25))) return { ok: false, reason: 'CODE_INVALID' };
  const claims: MemberCodeClaims = {
    memberNo: code.slice(1, 9),
    expiresAtSeconds: Number(code.slice(9, 19)),
    nonce: code.slice(19, 25),
  };
  if (nowMs >= claims.expiresAtSeconds * 1000) return { ok: false, reason: 'CODE_EXPIRED' };
  return { ok: true, claims };
}

/** Digits grouped by four, as printed under the QR code. */
export const groupDigits = (code: string): string => code.replace(/(.{4})(?=.)/g, '$1 ');
