import { memberSearchResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
});

const recent = async (query = '') => {
  const answer = await call('GET', `/v1/admin/members${query}`, { token: marketer });
  expect(answer.status).toBe(200);
  return memberSearchResponse.parse(answer.body);
};

describe('会员查询 before anything is typed', () => {
  test('lists who joined last, newest first, with a sealed cursor to the next page', async () => {
    const joined: string[] = [];
    for (let i = 0; i < 3; i++) joined.push((await login(newOpenid('recent'))).memberId!);
    const first = await recent('?limit=2');
    expect(first.matchedBy).toBe('recent');
    expect(first.items.map((member) => member.memberId)).toEqual([joined[2], joined[1]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await recent(`?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second.items[0]?.memberId).toBe(joined[0]);
    // The cursor is bound to this list: a search's or a hand-made one is refused.
    const tampered = await call('GET', `/v1/admin/members?limit=2&cursor=${first.nextCursor!.slice(0, -2)}AA`, {
      token: marketer,
    });
    expect([tampered.status, tampered.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    // A typed q searches and answers one page.
    const searched = await recent(
      `?q=${(await call('GET', '/v1/me', await login(newOpenid('recent')))).body.memberNo}`,
    );
    expect([searched.matchedBy, searched.nextCursor]).toEqual(['memberNo', null]);
  });

  test('only marketers see it', async () => {
    for (const who of ['staff-s001', newOpenid('recent')]) {
      const answer = await call('GET', '/v1/admin/members', await login(who));
      expect(answer.status).toBe(403);
    }
    expect((await call('GET', '/v1/admin/members')).status).toBe(401);
  });
});
