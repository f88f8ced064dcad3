import { meResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

describe('GET /v1/me', () => {
  test('a new member sees an L1 card with progress to L2', async () => {
    const { token, memberId } = await login(newOpenid());
    const answer = await call('GET', '/v1/me', { token });
    expect(answer.status).toBe(200);
    const me = meResponse.parse(answer.body);
    expect(me).toMatchObject({
      memberId,
      level: { code: 'L1', name: '普通会员', validUntil: null },
      nextLevel: { code: 'L2', name: '银卡会员', growthNeeded: 500 },
      growth: { qualifying: 0, lifetime: 0 },
      points: { balance: 0, debt: 0, pending: 0, expiring: null },
      stamps: { count: 0, of: 10 },
      birthday: null,
      phoneMasked: null,
    });
    expect(me.joinedAt).toMatch(/\+08:00$/);
    expect(me.rights.map((right) => right.code)).toEqual(['points-multiplier', 'stamp-card']);
  });

  test('the seeded silver member has L2 rights and progress to L3', async () => {
    const { token } = await login('demo-member-2');
    const me = meResponse.parse((await call('GET', '/v1/me', { token })).body);
    expect(me.level.code).toBe('L2');
    expect(me.level.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(me.nextLevel?.code).toBe('L3');
    expect(me.nextLevel!.growthNeeded).toBe(1500 - me.growth.qualifying);
    expect(me.rights.map((right) => right.title)).toContain('门店9折');
  });
});

describe('PATCH /v1/me', () => {
  test('changes the nickname and sets the birthday once', async () => {
    const { token } = await login(newOpenid());
    const renamed = await call('PATCH', '/v1/me', { token, body: { nickname: '咖啡控' } });
    expect([renamed.status, renamed.body.nickname]).toEqual([200, '咖啡控']);
    const birthday = await call('PATCH', '/v1/me', { token, body: { birthday: '1992-10-01' } });
    expect(birthday.body.birthday).toBe('1992-10-01');
    const again = await call('PATCH', '/v1/me', { token, body: { birthday: '1993-01-01' } });
    expect([again.status, again.body.error.code]).toEqual([409, 'BIRTHDAY_LOCKED']);
    expect((await call('GET', '/v1/me', { token })).body.birthday).toBe('1992-10-01');
  });

  test.each([
    [{ birthday: '1992-13-01' }, 'body.birthday'],
    [{ nickname: '' }, 'body.nickname'],
    [{ memberNo: '00000000' }, 'body'],
  ])('%p is 400 naming %s', async (body, path) => {
    const { token } = await login(newOpenid());
    const answer = await call('PATCH', '/v1/me', { token, body });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(path);
  });
});
