import { memberCodeResponse, scanResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let staff: string;
beforeAll(async () => (staff = (await login('staff-s001')).token));

const alter = (code: string, position: number) =>
  code.slice(0, position) + String((Number(code[position]) + 1) % 10) + code.slice(position + 1);

describe('member code and store scan', () => {
  test('a code lives 60 s, is refreshed before that, and differs on every request', async () => {
    const { token } = await login(newOpenid());
    const first = memberCodeResponse.parse((await call('GET', '/v1/me/code', { token })).body);
    const second = memberCodeResponse.parse((await call('GET', '/v1/me/code', { token })).body);
    expect(first.code).not.toBe(second.code);
    const lifetime = Date.parse(first.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(50_000);
    expect(lifetime).toBeLessThanOrEqual(61_000);
    expect(Date.parse(first.refreshAfter)).toBe(Date.parse(first.expiresAt) - 15_000);
  });

  test('staff scanning a code see the member; scanning does not consume it', async () => {
    const { token, memberId } = await login('demo-member-2');
    const { code } = (await call('GET', '/v1/me/code', { token })).body;
    for (let i = 0; i < 2; i++) {
      const answer = await call('POST', '/v1/store/scan', { token: staff, body: { code } });
      expect(answer.status).toBe(200);
      const scanned = scanResponse.parse(answer.body);
      expect(scanned).toMatchObject({
        kind: 'member',
        member: { memberId, nickname: '陈阿杰', level: { code: 'L2', name: '银卡会员' }, discountPercent: 90 },
      });
    }
  });

  test('digits typed with spaces are accepted', async () => {
    const { token } = await login(newOpenid());
    const { code } = (await call('GET', '/v1/me/code', { token })).body;
    const spaced = code.replace(/(.{4})/g, '$1 ');
    expect((await call('POST', '/v1/store/scan', { token: staff, body: { code: spaced } })).status).toBe(200);
  });

  test.each([2, 12, 22, 33])('a code altered at digit %i is 409 CODE_INVALID', async (position) => {
    const { token } = await login(newOpenid());
    const { code } = (await call('GET', '/v1/me/code', { token })).body;
    const answer = await call('POST', '/v1/store/scan', { token: staff, body: { code: alter(code, position) } });
    expect([answer.status, answer.body.error.code]).toEqual([409, 'CODE_INVALID']);
  });

  test('a code scanned after 60 s is 409 CODE_EXPIRED', async () => {
    const { token } = await login(newOpenid());
    const { code, expiresAt } = (await call('GET', '/v1/me/code', { token })).body;
    const later = new Date(Date.parse(expiresAt) + 1000).toISOString();
    const answer = await call('POST', '/v1/store/scan', {
      token: staff,
      body: { code },
      headers: { 'X-Clock': later },
    });
    expect([answer.status, answer.body.error.code]).toEqual([409, 'CODE_EXPIRED']);
    const justBefore = new Date(Date.parse(expiresAt) - 1000).toISOString();
    expect(
      (await call('POST', '/v1/store/scan', { token: staff, body: { code }, headers: { 'X-Clock': justBefore } }))
        .status,
    ).toBe(200);
  });

  test.each(['hello', '12345', `9${'1'.repeat(34)}`, `1${'2'.repeat(40)}`])('garbage %p is 400', async (code) => {
    const answer = await call('POST', '/v1/store/scan', { token: staff, body: { code } });
    expect([answer.status, answer.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  test('a malformed X-Clock is 400', async () => {
    const { token } = await login(newOpenid());
    const answer = await call('GET', '/v1/me/code', { token, headers: { 'X-Clock': 'yesterday' } });
    expect(answer.status).toBe(400);
  });
});
