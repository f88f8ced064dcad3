import { checkMemberCode, composeMemberCode, groupDigits, isMemberCodeShape } from '@app/shared';
import { memberCodeSigner } from '../../functions/src/security/member-code-signer';

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const signer = memberCodeSigner('unit-test-secret-0123456789abcdef0123');

describe('member code', () => {
  test('is 35 digits carrying memberNo, expiry and a nonce, valid for its lifetime', () => {
    const { code, expiresAtMs } = signer.issue('12345678', NOW, 60);
    expect(code).toMatch(/^1\d{34}$/);
    expect(code.slice(1, 9)).toBe('12345678');
    expect(expiresAtMs).toBe(NOW + 60_000);
    expect(signer.check(code, NOW + 59_000)).toEqual({
      ok: true,
      claims: { memberNo: '12345678', expiresAtSeconds: NOW / 1000 + 60, nonce: code.slice(19, 25) },
    });
  });

  test('expires after its lifetime', () => {
    const { code } = signer.issue('12345678', NOW, 60);
    expect(signer.check(code, NOW + 60_000)).toEqual({ ok: false, reason: 'CODE_EXPIRED' });
  });

  test('every issued code is distinct', () => {
    const codes = new Set(Array.from({ length: 200 }, () => signer.issue('12345678', NOW, 60).code));
    expect(codes.size).toBeGreaterThan(195);
  });

  test.each([
    ['a memberNo digit', 5],
    ['an expiry digit (extending its life)', 10],
    ['a nonce digit', 20],
    ['a mac digit', 30],
  ])('altering %s makes it invalid', (_what, position) => {
    const { code } = signer.issue('12345678', NOW, 60);
    const digit = Number(code[position]);
    const altered = code.slice(0, position) + String((digit + 1) % 10) + code.slice(position + 1);
    expect(signer.check(altered, NOW)).toEqual({ ok: false, reason: 'CODE_INVALID' });
  });

  test('a code signed with another secret is invalid, even when expired', () => {
    const forged = memberCodeSigner('another-secret-0123456789abcdef01234').issue('12345678', NOW - 120_000, 60).code;
    expect(signer.check(forged, NOW)).toEqual({ ok: false, reason: 'CODE_INVALID' });
  });

  test.each(['', 'hello', '1234', `2${'0'.repeat(34)}`, `1${'0'.repeat(33)}`, `1${'0'.repeat(33)}x`])(
    '%p is not a member code',
    (garbage) => {
      expect(isMemberCodeShape(garbage)).toBe(false);
      expect(checkMemberCode(garbage, NOW, () => true)).toEqual({ ok: false, reason: 'MALFORMED' });
    },
  );

  test('composition refuses malformed claims', () => {
    expect(() =>
      composeMemberCode({ memberNo: '123', expiresAtSeconds: 1, nonce: '000000' }, () => '0'.repeat(10)),
    ).toThrow();
  });

  test('digits are grouped by four for reading aloud', () => {
    expect(groupDigits('123456789')).toBe('1234 5678 9');
  });
});
