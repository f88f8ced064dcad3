import { bulkTagResponse, memberTagsResponse, tagsResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
});

let tags = 0;
/** A tag no earlier run used (≤ 20 characters). */
const freshTag = (prefix = '标签') => `${prefix}${Date.now().toString(36)}${(tags++).toString(36)}`;

async function newMember(): Promise<{ memberId: string; memberNo: string }> {
  const { token, memberId } = await login(newOpenid('tags'));
  const me = (await call('GET', '/v1/me', { token })).body;
  return { memberId: memberId!, memberNo: me.memberNo };
}

const changeTags = (memberId: string, body: unknown) =>
  call('POST', `/v1/admin/members/${memberId}/tags`, { token: marketer, body });
const bulk = (body: unknown) => call('POST', '/v1/admin/tags/bulk', { token: marketer, body });
const listed = async () => tagsResponse.parse((await call('GET', '/v1/admin/tags', { token: marketer })).body).items;

describe('tags of one member', () => {
  test('add and remove; adding a tag held or removing one not held changes nothing; the list counts holders', async () => {
    const member = await newMember();
    const [coffee, weekend] = [freshTag('咖啡控'), freshTag('周末')];
    const added = await changeTags(member.memberId, { add: [weekend, coffee] });
    expect(added.status).toBe(200);
    expect(memberTagsResponse.parse(added.body)).toEqual({
      memberId: member.memberId,
      tags: [coffee, weekend].sort(),
      segments: [],
    });
    expect((await changeTags(member.memberId, { add: [coffee] })).body.tags).toEqual([coffee, weekend].sort());
    expect((await changeTags(member.memberId, { remove: [weekend, freshTag('从未有过')] })).body).toEqual({
      memberId: member.memberId,
      tags: [coffee],
      segments: [],
    });

    const items = await listed();
    expect(items.filter((item) => item.kind === 'segment').map((item) => [item.tag, item.name])).toEqual([
      ['segment:new', '新会员'],
      ['segment:returning', '回头客'],
      ['segment:loyal', '忠诚客户'],
      ['segment:big-spender', '高消费'],
      ['segment:churn-risk', '流失预警'],
      ['segment:churned', '已流失'],
      ['segment:spend-drop', '消费预警'],
    ]);
    expect(items.find((item) => item.tag === coffee)).toEqual({ tag: coffee, kind: 'manual', name: coffee, count: 1 });
    // A tag nobody holds any more stays listed, with 0.
    expect(items.find((item) => item.tag === weekend)).toEqual({
      tag: weekend,
      kind: 'manual',
      name: weekend,
      count: 0,
    });
  });

  test.each([
    [{ add: ['有 空格'] }, 'body.add.0'],
    [{ add: ['a,b'] }, 'body.add.0'],
    [{ add: ['#井号'] }, 'body.add.0'],
    [{ add: ['segment:new'] }, 'body.add.0'],
    [{ add: ['好'.repeat(21)] }, 'body.add.0'],
    [{ add: ['ok', ''] }, 'body.add.1'],
    [{ remove: ['segment:churned'] }, 'body.remove.0'],
    [{}, 'body.add'],
    [{ add: [] }, 'body.add'],
    [{ add: ['ok'], extra: 1 }, 'body'],
    [{ add: ['同一个'], remove: ['同一个'] }, 'body.remove'],
  ])('%j → 400 naming %s', async (body, path) => {
    const member = await newMember();
    const answer = await changeTags(member.memberId, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(answer.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(path);
  });

  test('an unknown member is 404', async () => {
    const answer = await changeTags('01NOSUCHMEMBER0000000000', { add: [freshTag()] });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('NOT_FOUND');
  });
});

describe('bulk tags by memberNo', () => {
  test('unknown memberNos are answered back; a repeat changes nothing; removal takes the tag from those who hold it; audiences see it', async () => {
    const members = await Promise.all([newMember(), newMember(), newMember()]);
    const tag = freshTag('批量');
    // One member already holds it: the upload adds it to the other two.
    await changeTags(members[0]!.memberId, { add: [tag] });
    const unknown = ['10000000', '10000001'].filter((no) => !members.some((member) => member.memberNo === no));
    const memberNos = [...members.map((member) => member.memberNo), members[1]!.memberNo, ...unknown];

    const first = await bulk({ tag, action: 'add', memberNos });
    expect(first.status).toBe(200);
    expect(bulkTagResponse.parse(first.body)).toEqual({ tag, action: 'add', matched: 3, changed: 2, unknown });
    expect((await bulk({ tag, action: 'add', memberNos })).body).toEqual({
      tag,
      action: 'add',
      matched: 3,
      changed: 0,
      unknown,
    });
    expect((await listed()).find((item) => item.tag === tag)?.count).toBe(3);
    for (const member of members) expect((await changeTags(member.memberId, { add: [tag] })).body.tags).toEqual([tag]);

    const preview = await call('POST', '/v1/admin/audiences/preview', {
      token: marketer,
      body: { audience: { tags: [tag] } },
    });
    expect(preview.body.count).toBe(3);
    expect(preview.body.sample.map((row: { memberNo: string }) => row.memberNo).sort()).toEqual(
      members.map((member) => member.memberNo).sort(),
    );

    const removed = await bulk({ tag, action: 'remove', memberNos: [members[0]!.memberNo, members[2]!.memberNo] });
    expect(removed.body).toEqual({ tag, action: 'remove', matched: 2, changed: 2, unknown: [] });
    expect((await listed()).find((item) => item.tag === tag)?.count).toBe(1);
  });

  test('an upload of 10,000 numbers: the members found are tagged, every other number is listed back', async () => {
    const members = await Promise.all([newMember(), newMember()]);
    const tag = freshTag('万人');
    const known = new Set(members.map((member) => member.memberNo));
    const filler = Array.from({ length: 10_000 }, (_, i) => String(90_000_000 + i))
      .filter((no) => !known.has(no))
      .slice(0, 9_998);
    const answer = await bulk({
      tag,
      action: 'add',
      memberNos: [...filler.slice(0, 5_000), ...known, ...filler.slice(5_000)],
    });
    expect(answer.status).toBe(200);
    // Numbers in that range that happen to be real members of earlier runs are matched too: count only ours.
    expect(answer.body.matched + answer.body.unknown.length).toBe(10_000);
    expect(answer.body.unknown).not.toEqual(expect.arrayContaining([...known]));
    for (const member of members) expect((await changeTags(member.memberId, { add: [tag] })).body.tags).toEqual([tag]);
  });

  test.each([
    ['no memberNos', 'body.memberNos', { tag: 'ok', action: 'add', memberNos: [] }],
    ['a 7-digit memberNo', 'body.memberNos.0', { tag: 'ok', action: 'add', memberNos: ['1234567'] }],
    ['an unknown action', 'body.action', { tag: 'ok', action: 'tag', memberNos: ['12345678'] }],
    ['a segment as the tag', 'body.tag', { tag: 'segment:loyal', action: 'add', memberNos: ['12345678'] }],
    [
      '10,001 memberNos',
      'body.memberNos',
      { tag: 'ok', action: 'add', memberNos: Array.from({ length: 10_001 }, (_, i) => String(10_000_000 + i)) },
    ],
  ])('%s → 400 naming %s', async (_case, path, body) => {
    const answer = await bulk(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(path);
  });
});
