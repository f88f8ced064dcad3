/** Activation codes (兑换码): 16 characters of Crockford base32 (80 random bits), typed with spaces or dashes. */

export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ACTIVATION_CODE_LENGTH = 16;

/** Crockford's reading rules: case-insensitive, I and L read as 1, O as 0; spaces and dashes ignored. */
export function normalizeActivationCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== ACTIVATION_CODE_LENGTH) return null;
  for (const char of code) if (!CROCKFORD.includes(char)) return null;
  return code;
}

/** A code from 10 random bytes (80 bits → 16 symbols of 5 bits). */
export function activationCodeFrom(bytes: Uint8Array): string {
  if (bytes.length !== 10) throw new Error('an activation code takes 10 random bytes');
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = ACTIVATION_CODE_LENGTH - 1; i >= 0; i--) code += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}

/** Shown to people in groups of four: ABCD-EFGH-JKMN-PQRS. */
export const groupedCode = (code: string) => code.match(/.{1,4}/g)!.join('-');

/** Failed attempts a member may make per window before redemption answers 429. */
export const CODE_ATTEMPTS = { max: 5, windowMs: 3_600_000 } as const;
