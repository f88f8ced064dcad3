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
    // Other tests register members too, some at a later business time (X-Clock): walk the pages until ours are
    // all seen, and check the whole walk is newest first with ours in the order they joined.
    const first = await recent('?limit=2');
    expect(first.matchedBy).toBe('recent');
    expect(first.nextCursor).toEqual(expect.any(String));
    const seen = [...first.items];
    for (let page = first, pages = 1; !joined.every((id) => seen.some((member) => member.memberId === id)); pages++) {
      expect(pages).toBeLessThan(100);
      page = await recent(`?limit=2&cursor=${encodeURIComponent(page.nextCursor!)}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
    }
    const joinedTimes = seen.map((member) => member.joinedAt);
    expect(joinedTimes).toEqual([...joinedTimes].sort().reverse());
    expect(seen.map((member) => member.memberId).filter((id) => joined.includes(id))).toEqual([...joined].reverse());
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
