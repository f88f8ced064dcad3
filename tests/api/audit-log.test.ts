import { auditResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
});

const clock = (iso: string) => ({ 'X-Clock': iso });
const page = async (query: string, iso?: string) => {
  const answer = await call('GET', `/v1/admin/audit${query}`, { token: marketer, headers: iso ? clock(iso) : {} });
  expect(answer.status).toBe(200);
  return auditResponse.parse(answer.body);
};

describe('GET /v1/admin/audit', () => {
  test('marketer actions are logged with who, what, before and after, newest first', async () => {
    const member = await login(newOpenid('audit'));
    const openid = newOpenid('audit-staff');
    expect(
      (await call('POST', '/v1/admin/staff', { token: marketer, body: { openid, storeId: 'S002', role: 'staff' } }))
        .status,
    ).toBe(201);
    const promotion = await call('POST', '/v1/admin/promotions', {
      token: marketer,
      body: {
        name: '审计测试',
        multiplier: 2,
        startsAt: '2099-01-01T00:00:00+08:00',
        endsAt: '2099-01-02T00:00:00+08:00',
      },
    });
    expect(promotion.status).toBe(201);
    expect(
      (
        await call('POST', `/v1/admin/members/${member.memberId}/points`, {
          token: marketer,
          body: { points: 15, reason: '审计测试' },
        })
      ).status,
    ).toBe(201);

    const me = (await call('GET', '/v1/me', { token: member.token })).body;
    const { items } = await page('?limit=100');
    const mine = items.filter((entry) =>
      [openid, promotion.body.promotionId, member.memberId].includes(entry.target.id),
    );
    expect(mine.map((entry) => entry.action)).toEqual(['points.adjust', 'promotion.create', 'account.create']);
    for (const entry of mine) expect(entry.actor).toBe('marketer:marketer');
    expect(mine[0]).toMatchObject({
      target: { kind: 'member', id: member.memberId },
      // Named as the console shows it: nickname · memberNo, never the internal id alone.
      targetLabel: `${me.nickname} · ${me.memberNo}`,
      before: { balance: expect.any(Number) },
      after: { points: 15, reason: '审计测试' },
    });
    expect(mine[2]).toMatchObject({
      target: { kind: 'account', id: openid },
      after: { role: 'staff', storeId: 'S002' },
    });
    const times = items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  test('pages cross month partitions, skipping empty months, without repeating an entry', async () => {
    // Months of their own (year 2300+), later on every rerun.
    const base = Date.UTC(2300, 0, 1) + (Date.now() - Date.UTC(2025, 0, 1)) * 10;
    const month = (offset: number, minute = 0) => {
      const date = new Date(base);
      return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 10, 4, minute)).toISOString();
    };
    const member = await login(newOpenid('audit-months'));
    for (const [offset, minute, points] of [
      [0, 0, 1],
      [1, 0, 2],
      [1, 5, 3],
      [3, 0, 4],
    ] as const) {
      const answer = await call('POST', `/v1/admin/members/${member.memberId}/points`, {
        token: marketer,
        body: { points, reason: `跨月 ${points}` },
        headers: clock(month(offset, minute)),
      });
      expect(answer.status).toBe(201);
    }
    const seen: { auditId: string; at: string; target: { id: string }; after?: unknown }[] = [];
    let cursor: string | null = null;
    // Limit 1: every page boundary is a cursor, including the ones between months and across the empty month.
    for (let pages = 0; pages < 200; pages++) {
      const result = await page(`?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, month(3));
      seen.push(...result.items);
      cursor = result.nextCursor;
      if (!cursor || seen.filter((entry) => entry.target.id === member.memberId).length === 4) break;
    }
    const ours = seen.filter((entry) => entry.target.id === member.memberId);
    expect(ours.map((entry) => (entry.after as { points: number }).points)).toEqual([4, 3, 2, 1]);
    expect(new Set(seen.map((entry) => entry.auditId)).size).toBe(seen.length);
    const times = seen.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  test('a malformed cursor is 400', async () => {
    const answer = await call('GET', '/v1/admin/audit?cursor=not-a-cursor', { token: marketer });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.issues[0].path).toBe('query.cursor');
  });
});
