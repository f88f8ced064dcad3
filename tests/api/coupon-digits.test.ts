import { couponCodeResponse, groupDigits, myCouponsResponse, scanResponse } from '@app/shared';
import { nextReceipt } from '../support/counter';
import { call, login, newOpenid } from '../support/http';

let staff: string;
beforeAll(async () => {
  staff = (await login('staff-s001')).token;
});

const at = (ms: number) => ({ 'X-Clock': new Date(ms).toISOString() });
const memberCode = async (token: string) => (await call('GET', '/v1/me/code', { token })).body.code as string;
const couponCode = async (token: string, couponId = 'welcome', headers: Record<string, string> = {}) =>
  couponCodeResponse.parse((await call('GET', `/v1/me/coupons/${couponId}/code`, { token, headers })).body);
const scan = (code: string, headers: Record<string, string> = {}) =>
  call('POST', '/v1/store/scan', { token: staff, body: { code }, headers });

describe('digits under the coupon QR', () => {
  test('typed (grouped or not), they show the same coupon and member as the scanned QR', async () => {
    const member = await login(newOpenid('digits'));
    const { code, digits, expiresAt } = await couponCode(member.token);
    expect(digits).toMatch(/^2\d{30}$/);
    expect(code).toMatch(/^CPN\./); // the QR path is unchanged
    const byQr = scanResponse.parse((await scan(code)).body);
    const byDigits = scanResponse.parse((await scan(groupDigits(digits))).body);
    expect(byDigits).toEqual(byQr);
    expect(byDigits).toMatchObject({
      kind: 'coupon',
      coupon: { couponId: 'welcome', status: 'available' },
      member: { memberId: member.memberId },
    });
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(200_000);
  });

  test('wrong, altered, someone else’s and expired digits are refused with a code', async () => {
    const member = await login(newOpenid('digits'));
    const other = await login(newOpenid('digits'));
    const otherNo = (await call('GET', '/v1/me', { token: other.token })).body.memberNo as string;
    const issuedAt = Date.now();
    const { digits } = await couponCode(member.token, 'welcome', at(issuedAt));
    const lastAltered = digits.slice(0, -1) + String((Number(digits.at(-1)) + 1) % 10);
    const asOther = `2${otherNo}${digits.slice(9)}`;
    for (const [typed, status, code] of [
      [lastAltered, 409, 'CODE_INVALID'],
      [asOther, 409, 'CODE_INVALID'],
      [`2${'0'.repeat(30)}`, 409, 'CODE_INVALID'],
      [digits.slice(0, 30), 400, 'VALIDATION_FAILED'], // one digit short: neither coupon digits nor a member code
    ] as const) {
      const refused = await scan(typed);
      expect([typed, refused.status, refused.body.error.code]).toEqual([typed, status, code]);
    }
    const late = await scan(digits, at(issuedAt + 300_000));
    expect([late.status, late.body.error.code]).toEqual([409, 'CODE_EXPIRED']);
    expect((await scan(digits, at(issuedAt + 299_000))).status).toBe(200);
  });

  test('the coupon they name is redeemed exactly once, under parallel purchases too; then they show it used', async () => {
    const member = await login(newOpenid('digits'));
    const { digits } = await couponCode(member.token);
    const scanned = scanResponse.parse((await scan(digits)).body);
    if (scanned.kind !== 'coupon') throw new Error('expected a coupon');
    const codes = await Promise.all(Array.from({ length: 6 }, () => memberCode(member.token)));
    const attempts = await Promise.all(
      codes.map((code) => {
        const receiptNo = nextReceipt();
        return call('POST', '/v1/store/purchases', {
          token: staff,
          body: { memberCode: code, receiptNo, amountFen: 4000, couponIds: [scanned.coupon.couponId] },
          headers: { 'Idempotency-Key': receiptNo },
        });
      }),
    );
    const outcomes = attempts.map((answer) => (answer.status === 201 ? 'used' : answer.body.error?.code));
    expect(outcomes.filter((outcome) => outcome === 'used')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== 'used')).toEqual(Array(5).fill('COUPON_NOT_USABLE'));
    const used = myCouponsResponse.parse((await call('GET', '/v1/me/coupons?status=used', member)).body).items;
    expect(used.map((coupon) => coupon.couponId)).toEqual(['welcome']);
    // The digits now show the coupon as used (the counter says so), and no new code is issued for it.
    const again = scanResponse.parse((await scan(digits)).body);
    expect(again.kind === 'coupon' && again.coupon.status).toBe('used');
    const refused = await call('GET', '/v1/me/coupons/welcome/code', member);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'COUPON_NOT_USABLE']);
  });
});
