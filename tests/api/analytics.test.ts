import { analyticsOverview } from '@app/shared';
import { testEnv } from '../support/env';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
let staff: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
  staff = (await login('staff-s002')).token;
});

const overview = async (query = '') => {
  const answer = await call('GET', `/v1/admin/analytics/overview${query}`, { token: marketer });
  expect(answer.status).toBe(200);
  return analyticsOverview.parse(answer.body);
};
const atS002 = (figures: Awaited<ReturnType<typeof overview>>) =>
  figures.stores.find((store) => store.storeId === 'S002') ?? { purchases: 0, salesFen: 0 };

/** The statistics follow the stream a moment behind the writes: wait until they stop moving. */
async function settled() {
  let previous = JSON.stringify(await overview());
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const current = JSON.stringify(await overview());
    if (current === previous) return JSON.parse(current) as Awaited<ReturnType<typeof overview>>;
    previous = current;
  }
  throw new Error('statistics kept moving');
}

describe('GET /v1/admin/analytics/overview', () => {
  test('a new member and a purchase show up in the dashboard, once', async () => {
    const before = await settled();
    const member = await login(newOpenid('stats'));
    const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
    const bought = await call('POST', '/v1/store/purchases', {
      token: staff,
      body: { memberCode: code, receiptNo: `ST${Date.now().toString(36)}`.toUpperCase(), amountFen: 4321 },
    });
    expect(bought.status).toBe(201);
    const after = await settled();
    expect(after.members.total - before.members.total).toBe(1);
    expect(after.members.withPurchase - before.members.withPurchase).toBe(1);
    expect(atS002(after).purchases - atS002(before).purchases).toBe(1);
    expect(atS002(after).salesFen - atS002(before).salesFen).toBe(bought.body.payableFen);
    const today = after.daily.at(-1)!;
    expect(today.date).toBe(after.to);
    expect(today.purchases - before.daily.at(-1)!.purchases).toBe(1);
    // The purchase's points and whatever the first purchase earns besides (task rewards): the member's balance.
    const balance = (await call('GET', '/v1/me', { token: member.token })).body.points.balance;
    expect(balance).toBeGreaterThanOrEqual(bought.body.points);
    expect(after.points.outstanding - before.points.outstanding).toBe(balance);
    expect(after.members.byLevel.map((level) => level.code)).toEqual(['L1', 'L2', 'L3']);
    expect(after.churn.audience).toEqual({ segments: ['churn-risk'] });
    expect(after.freshAt).not.toBeNull();
  });

  test('a range is checked: from after to, or longer than a year, is 400 with the field named', async () => {
    const reversed = await call('GET', '/v1/admin/analytics/overview?from=2026-11-20&to=2026-11-01', {
      token: marketer,
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details.issues[0].path).toBe('query.to');
    const tooLong = await call('GET', '/v1/admin/analytics/overview?from=2024-01-01&to=2026-11-01', {
      token: marketer,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details.issues[0].path).toBe('query.from');
    const garbage = await call('GET', '/v1/admin/analytics/overview?from=yesterday', { token: marketer });
    expect(garbage.status).toBe(400);
  });
});

describe('GET /v1/admin/analytics/export', () => {
  test('each dashboard block downloads as CSV with Chinese headers', async () => {
    const range = await overview('?from=2026-11-01&to=2026-11-03');
    const daily = await fetch(
      `${testEnv.apiUrl()}/v1/admin/analytics/export?report=daily&from=2026-11-01&to=2026-11-03`,
      { headers: { authorization: `Bearer ${marketer}` } },
    );
    expect(daily.status).toBe(200);
    expect(daily.headers.get('content-type')).toContain('text/csv');
    expect(daily.headers.get('content-disposition')).toBe('attachment; filename="daily-2026-11-01-2026-11-03.csv"');
    const lines = (await daily.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('日期,新增会员,签到,消费笔数,销售额(元),退款(元),发放积分,使用积分,过期积分');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(lines.slice(1).map((line) => Number(line.split(',')[3]))).toEqual(range.daily.map((day) => day.purchases));
    for (const report of ['stores', 'levels', 'expiry', 'campaigns', 'churn', 'referrals']) {
      const answer = await fetch(`${testEnv.apiUrl()}/v1/admin/analytics/export?report=${report}`, {
        headers: { authorization: `Bearer ${marketer}` },
      });
      expect({ report, status: answer.status }).toEqual({ report, status: 200 });
      // The UTF-8 byte order mark, so spreadsheet programs read the Chinese headers right.
      expect([...new Uint8Array(await answer.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const levels = await (
      await fetch(`${testEnv.apiUrl()}/v1/admin/analytics/export?report=levels`, {
        headers: { authorization: `Bearer ${marketer}` },
      })
    ).text();
    expect(levels).toContain('L2,银卡会员,');
    const unknown = await call('GET', '/v1/admin/analytics/export?report=everything', { token: marketer });
    expect(unknown.status).toBe(400);
  });
});
