import { couponDigitsClaims, groupDigits, isCouponDigitsShape, isMemberCodeShape } from '@app/shared';
import { couponCodeSigner } from '../../functions/src/security/coupon-code-signer';
import { memberCodeSigner } from '../../functions/src/security/member-code-signer';

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const SECRET = 'unit-test-secret-0123456789abcdef0123';
const signer = couponCodeSigner(SECRET);
const coupon = { memberId: 'm-1', memberNo: '12345678', couponId: 'c-spring' };
const wallet = ['welcome', 'c-spring', 'punch-3'];

const alter = (code: string, position: number) =>
  code.slice(0, position) + String((Number(code[position]) + 1) % 10) + code.slice(position + 1);

describe('coupon digits (under the coupon QR)', () => {
  test('are 31 digits from 2: memberNo, the QR’s expiry and a 12-digit signature', () => {
    const { code, digits, expiresAtMs } = signer.issue(coupon, NOW, 300);
    expect(digits).toMatch(/^2\d{30}$/);
    expect(isCouponDigitsShape(digits)).toBe(true);
    expect(isMemberCodeShape(digits)).toBe(false);
    expect(couponDigitsClaims(digits)).toEqual({ memberNo: '12345678', expiresAtSeconds: NOW / 1000 + 300 });
    expect(expiresAtMs).toBe(NOW + 300_000);
    expect(signer.check(code, NOW).ok).toBe(true); // the QR's code is issued beside them, unchanged
    expect(groupDigits(digits).split(' ')).toHaveLength(8);
  });

  test('name exactly one of the member’s coupons, until they expire', () => {
    const { digits } = signer.issue(coupon, NOW, 300);
    expect(signer.checkDigits(digits, NOW + 299_000, wallet)).toEqual({
      ok: true,
      claims: { memberNo: '12345678', expiresAtSeconds: NOW / 1000 + 300 },
      couponId: 'c-spring',
    });
    expect(signer.checkDigits(digits, NOW + 300_000, wallet)).toEqual({ ok: false, reason: 'CODE_EXPIRED' });
    // The coupon gone from the member (or another member's wallet): nothing matches.
    expect(signer.checkDigits(digits, NOW, ['welcome', 'punch-3'])).toEqual({ ok: false, reason: 'CODE_INVALID' });
  });

  test.each([
    ['a memberNo digit', 4],
    ['an expiry digit (extending its life)', 12],
    ['a signature digit', 25],
    ['the last digit', 30],
  ])('altering %s makes them invalid, even past their expiry', (_what, position) => {
    const { digits } = signer.issue(coupon, NOW, 300);
    expect(signer.checkDigits(alter(digits, position), NOW, wallet)).toEqual({ ok: false, reason: 'CODE_INVALID' });
    expect(signer.checkDigits(alter(digits, position), NOW + 3_600_000, wallet)).toEqual({
      ok: false,
      reason: 'CODE_INVALID',
    });
  });

  test.each([
    ['1234'],
    [`1${'0'.repeat(30)}`],
    [`2${'0'.repeat(29)}`],
    [`2${'0'.repeat(31)}`],
    [`2x${'0'.repeat(29)}`],
  ])('%s is not coupon digits', (code) => {
    expect(signer.checkDigits(code, NOW, wallet)).toEqual({ ok: false, reason: 'MALFORMED' });
  });

  test('are signed under their own label: another secret, or a member code’s signature, does not pass', () => {
    const { digits } = signer.issue(coupon, NOW, 300);
    expect(couponCodeSigner(`${SECRET}-other`).checkDigits(digits, NOW, wallet)).toEqual({
      ok: false,
      reason: 'CODE_INVALID',
    });
    const memberCode = memberCodeSigner(SECRET).issue('12345678', NOW, 60).code;
    expect(signer.checkDigits(memberCode, NOW, wallet)).toEqual({ ok: false, reason: 'MALFORMED' });
  });

  test('the signature spreads over its 12 digits (a guess is one in ~10^12 per coupon)', () => {
    const macs = Array.from({ length: 2000 }, (_, i) =>
      signer.issue({ ...coupon, couponId: `c-${i}` }, NOW, 300).digits.slice(19),
    );
    expect(new Set(macs).size).toBe(2000);
    const leading = new Set(macs.map((mac) => mac[0]));
    expect(leading.size).toBe(10);
  });
});
