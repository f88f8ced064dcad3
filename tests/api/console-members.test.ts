import { member360, memberSearchResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
let staff: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
  staff = (await login('staff-s001')).token;
});

const search = async (q: string) => {
  const answer = await call('GET', `/v1/admin/members?q=${encodeURIComponent(q)}`, { token: marketer });
  expect(answer.status).toBe(200);
  return memberSearchResponse.parse(answer.body);
};
const ids = (result: { items: { memberId: string }[] }) => result.items.map((item) => item.memberId);
/** Digits of this run only, so reruns on one stack never find each other's members. */
const uniqueDigits = (length: number) => `${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(-length);
const newMember = async () => {
  const session = await login(newOpenid('m360'));
  const card = (await call('GET', '/v1/me', { token: session.token })).body;
  return {
    token: session.token,
    memberId: session.memberId!,
    memberNo: card.memberNo as string,
    nickname: card.nickname as string,
  };
};

describe('GET /v1/admin/members?q=', () => {
  test('8 digits find the member by memberNo', async () => {
    const member = await newMember();
    const found = await search(member.memberNo);
    expect(found.matchedBy).toBe('memberNo');
    expect(found.items).toEqual([
      expect.objectContaining({
        memberId: member.memberId,
        memberNo: member.memberNo,
        levelCode: 'L1',
        levelName: expect.any(String),
        phoneMasked: null,
      }),
    ]);
  });

  test('a nickname prefix finds members whatever the case; a new nickname replaces the old in the search', async () => {
    const member = await newMember();
    // Registration already makes the generated nickname searchable.
    expect(ids(await search(member.nickname))).toContain(member.memberId);
    const nickname = `Zed${uniqueDigits(8)}Ab`;
    expect((await call('PATCH', '/v1/me', { token: member.token, body: { nickname } })).status).toBe(200);
    const found = await search(nickname.slice(0, 9).toLowerCase());
    expect(found.matchedBy).toBe('nickname');
    expect(found.items).toEqual([expect.objectContaining({ memberId: member.memberId, nickname })]);
    expect(ids(await search(nickname.toUpperCase()))).toEqual([member.memberId]);
    expect(ids(await search(member.nickname))).not.toContain(member.memberId);

    const renamed = `Yak${uniqueDigits(8)}`;
    await call('PATCH', '/v1/me', { token: member.token, body: { nickname: renamed } });
    expect((await search(nickname)).matchedBy).toBe('none');
    expect(ids(await search(renamed))).toEqual([member.memberId]);
  });

  test('11 digits find members by the phone they bound; a rebound phone leaves the old number', async () => {
    const member = await newMember();
    const phone = `139${uniqueDigits(8)}`;
    expect((await call('POST', '/v1/me/phone', { token: member.token, body: { code: `dev:${phone}` } })).status).toBe(
      200,
    );
    const found = await search(phone);
    expect(found).toEqual({
      matchedBy: 'phone',
      nextCursor: null,
      items: [expect.objectContaining({ memberId: member.memberId, phoneMasked: `139****${phone.slice(-4)}` })],
    });

    const next = `137${uniqueDigits(8)}`;
    await call('POST', '/v1/me/phone', { token: member.token, body: { code: `dev:${next}` } });
    expect(await search(phone)).toEqual({ matchedBy: 'none', items: [], nextCursor: null });
    expect(ids(await search(next))).toEqual([member.memberId]);
  });

  test('the seeded demo members are searchable by their nicknames', async () => {
    const found = await search('林小');
    expect(found.items.map((item) => item.nickname)).toContain('林小满');
  });

  test('at most 20 results, in nickname order', async () => {
    const found = await search('会员');
    expect(found.items.length).toBeLessThanOrEqual(20);
    const names = found.items.map((item) => item.nickname.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  test('nothing found, and an empty query refused with the field named', async () => {
    expect(await search('99999999')).toEqual({ matchedBy: 'none', items: [], nextCursor: null });
    const empty = await call('GET', '/v1/admin/members?q=', { token: marketer });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.issues[0].path).toBe('query.q');
  });
});

describe('GET /v1/admin/members/{memberId}', () => {
  test('shows the member whole: profile, levels, points, coupons, orders, purchases, tags, badges', async () => {
    const member = await newMember();
    const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
    const purchase = await call('POST', '/v1/store/purchases', {
      token: staff,
      body: { memberCode: code, receiptNo: `M360${uniqueDigits(10)}`, amountFen: 3000 },
    });
    expect(purchase.status).toBe(201);
    await call('POST', `/v1/admin/members/${member.memberId}/points`, {
      token: marketer,
      body: { points: 40, reason: '会员360测试' },
    });
    await call('POST', '/v1/mall/orders', { token: member.token, body: { itemId: 'demo-spoon', quantity: 1 } });

    const answer = await call('GET', `/v1/admin/members/${member.memberId}`, { token: marketer });
    expect(answer.status).toBe(200);
    const view = member360.parse(answer.body);
    const card = (await call('GET', '/v1/me', { token: member.token })).body;
    expect(view.profile).toMatchObject({
      memberId: member.memberId,
      memberNo: member.memberNo,
      points: card.points.balance,
      purchaseCount: 1,
      growth: 30,
      pointsDebt: 0,
    });
    expect(view.levelHistory).toEqual([expect.objectContaining({ from: null, to: 'L1', reason: 'registered' })]);
    expect(view.ledger[0]).toMatchObject({ type: expect.any(String) });
    expect(view.ledger.map((entry) => entry.reasonCode)).toEqual(
      expect.arrayContaining(['purchase', 'marketer-adjustment', 'task:first-purchase']),
    );
    expect(view.coupons.map((coupon) => coupon.couponId)).toContain('welcome');
    expect(view.orders).toEqual([expect.objectContaining({ itemId: 'demo-spoon', quantity: 1 })]);
    expect(view.purchases).toEqual([
      expect.objectContaining({
        purchaseId: purchase.body.purchaseId,
        amountFen: 3000,
        points: purchase.body.points,
        programVersion: expect.any(Number),
      }),
    ]);
    expect(view.tags).toEqual([]);
    expect(view.segments).toEqual([]);
    const wall: { code: string; earnedAt: string | null }[] = (
      await call('GET', '/v1/me/badges', { token: member.token })
    ).body;
    expect(view.badges.map((badge) => badge.code).sort()).toEqual(
      wall
        .filter((badge) => badge.earnedAt)
        .map((badge) => badge.code)
        .sort(),
    );
  });

  test('an unknown member is 404', async () => {
    const answer = await call('GET', '/v1/admin/members/01NOSUCHMEMBER', { token: marketer });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('NOT_FOUND');
  });
});
