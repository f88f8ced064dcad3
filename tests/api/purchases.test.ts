import { meResponse, purchaseResponse, refundResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let staff: string;
let otherStoreStaff: string;
let marketer: string;
beforeAll(async () => {
  staff = (await login('staff-s001')).token;
  otherStoreStaff = (await login('staff-s002')).token;
  marketer = (await login('marketer')).token;
});

/** A business day of its own for each run, so reruns on one stack never see each other's data. */
const uniqueDay = (() => {
  const day = new Date(Date.UTC(2031, 0, 1) + (Math.floor(Date.now() / 1000) % 3000) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return (offsetDays = 0) => new Date(Date.parse(day) + offsetDays * 86_400_000).toISOString().slice(0, 10);
})();

let receipts = 0;
const receipt = () => `A${Date.now().toString(36)}${(receipts++).toString(36)}`.toUpperCase();
const memberCode = async (token: string, clock?: string) =>
  (await call('GET', '/v1/me/code', { token, headers: clock ? { 'X-Clock': clock } : {} })).body.code as string;
const me = async (token: string, clock?: string) =>
  meResponse.parse((await call('GET', '/v1/me', { token, headers: clock ? { 'X-Clock': clock } : {} })).body);
const buy = (token: string, body: Record<string, unknown>, clock?: string) =>
  call('POST', '/v1/store/purchases', { token, body, headers: clock ? { 'X-Clock': clock } : {} });

describe('POST /v1/store/purchases', () => {
  test('records a purchase once; the member sees points, growth and the level-up', async () => {
    const member = await login(newOpenid());
    const preview = await call('POST', '/v1/store/purchases/preview', {
      token: staff,
      body: { memberCode: await memberCode(member.token), amountFen: 50000 },
    });
    expect(preview.body).toMatchObject({
      payableFen: 50000,
      points: 500,
      growth: 500,
      levelChange: { from: 'L1', to: 'L2', fromName: '普通会员', toName: '银卡会员' },
    });
    const answer = await buy(staff, {
      memberCode: await memberCode(member.token),
      receiptNo: receipt(),
      amountFen: 50000,
    });
    expect(answer.status).toBe(201);
    expect(purchaseResponse.parse(answer.body)).toMatchObject({
      storeId: 'S001',
      memberId: member.memberId,
      points: 500,
      growth: 500,
      levelChange: { from: 'L1', to: 'L2', fromName: '普通会员', toName: '银卡会员' },
      giftPoints: 100,
    });
    const card = await me(member.token);
    expect(card).toMatchObject({
      level: { code: 'L2' },
      points: { balance: 600, debt: 0, pending: 50 },
      growth: { qualifying: 500, lifetime: 500 },
    }); // the first-purchase task's 50 wait for the refund window (待到账)
    const history = (await call('GET', '/v1/me/points', { token: member.token })).body;
    expect(
      history.items.map((entry: { type: string; points: number; reasonCode: string }) => [
        entry.type,
        entry.reasonCode,
        entry.points,
      ]),
    ).toEqual([
      ['bonus', 'task:first-purchase', 50],
      ['bonus', 'upgrade-gift', 100],
      ['earn', 'purchase', 500],
    ]);
    expect(history.items[0]).toMatchObject({ status: 'pending', releasesAt: expect.stringMatching(/\+08:00$/) });
    expect(Date.parse(history.items[0].releasesAt) - Date.parse(history.items[0].at)).toBe(7 * 86_400_000);
    const bonusOnly = (await call('GET', '/v1/me/points?type=bonus', { token: member.token })).body;
    expect(bonusOnly.items).toHaveLength(2);
    expect((await call('GET', '/v1/me/points?type=gift', { token: member.token })).status).toBe(400);
    const levels = (await call('GET', '/v1/me/levels', { token: member.token })).body;
    expect(levels.history.map((change: { reason: string }) => change.reason)).toEqual(['upgrade', 'registered']);
  });

  test('the level discount applies and points follow the level held before the purchase', async () => {
    const member = await login('demo-member-3'); // 金卡: 8折, ×1.5
    const answer = await call('POST', '/v1/store/purchases/preview', {
      token: staff,
      body: { memberCode: await memberCode(member.token), amountFen: 3500 },
    });
    expect(answer.body).toMatchObject({
      amountFen: 3500,
      levelDiscountFen: 700,
      payableFen: 2800,
      points: 42,
      growth: 28,
    });
  });

  test('a lot made at 23:30 on 31 Dec Beijing time (15:30 UTC) expires on 1 Jan two years on; at 00:10 on 1 Jan, three', async () => {
    const member = await login(newOpenid());
    for (const clock of ['2025-12-31T23:30:00+08:00', '2026-01-01T00:10:00+08:00']) {
      const answer = await buy(
        staff,
        { memberCode: await memberCode(member.token, clock), receiptNo: receipt(), amountFen: 1000 },
        clock,
      );
      expect(answer.status).toBe(201);
    }
    const lots = (
      await call('GET', '/v1/me/points/lots', {
        token: member.token,
        headers: { 'X-Clock': '2026-02-01T00:00:00+08:00' },
      })
    ).body.items;
    // The 2025 purchase's lot expires first, the 2026 purchase's a year later (the first-purchase task's 50 wait).
    expect(lots.map((lot: { expiresAt: string; remaining: number }) => [lot.expiresAt, lot.remaining])).toEqual([
      ['2027-01-01T00:00:00+08:00', 10],
      ['2028-01-01T00:00:00+08:00', 10],
    ]);
    const card = await me(member.token, '2026-12-01T00:00:00+08:00');
    expect(card.points.expiring).toEqual({ points: 10, at: '2027-01-01T00:00:00+08:00' });
  });

  test('50 parallel purchases for one member with distinct receipts all count exactly once (a BUSY answer is tried again, as the counter does)', async () => {
    const member = await login(newOpenid());
    const codes = await Promise.all(Array.from({ length: 50 }, () => memberCode(member.token)));
    // 50 writers on one member serialize; on a loaded machine a few may outlast the retry budget and hear
    // 503 BUSY (nothing written). The counter offers the same request again; it must then count exactly once.
    const buyUntilAnswered = async (body: Record<string, unknown>) => {
      for (;;) {
        const answer = await buy(staff, body);
        if (answer.status !== 503) return answer;
        expect(answer.body.error.code).toBe('BUSY');
      }
    };
    const answers = await Promise.all(
      codes.map((code) => buyUntilAnswered({ memberCode: code, receiptNo: receipt(), amountFen: 1000 })),
    );
    expect(answers.filter((answer) => answer.status !== 201).map((answer) => answer.body)).toEqual([]);
    const card = await me(member.token);
    expect(card.growth.lifetime).toBe(500);
    expect(card.level.code).toBe('L2'); // 500 growth reached with the 50th purchase: the 100-point gift is on top
    expect(card.points).toMatchObject({ balance: 500 + 100, pending: 50 }); // the first-purchase task waits
    const history = await call('GET', '/v1/me/points?limit=100&type=earn', { token: member.token });
    expect(history.body.items).toHaveLength(50);
  }, 120_000);

  test('one receipt sent 10 times in parallel counts once; a different request with it is RECEIPT_DUPLICATE', async () => {
    const member = await login(newOpenid());
    const body = { memberCode: await memberCode(member.token), receiptNo: receipt(), amountFen: 2500 };
    const answers = await Promise.all(Array.from({ length: 10 }, () => buy(staff, body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((answer) => answer.body.purchaseId)).size).toBe(1);
    expect((await me(member.token)).points).toMatchObject({ balance: 25, pending: 50 });
    const other = await buy(staff, { ...body, memberCode: await memberCode(member.token), amountFen: 9900 });
    expect([other.status, other.body.error.code]).toEqual([409, 'RECEIPT_DUPLICATE']);
    // The same receipt number at another store is another receipt.
    expect((await buy(otherStoreStaff, { ...body, memberCode: await memberCode(member.token) })).status).toBe(201);
  });

  test('one member code is good for one purchase', async () => {
    const member = await login(newOpenid());
    const code = await memberCode(member.token);
    expect((await buy(staff, { memberCode: code, receiptNo: receipt(), amountFen: 1000 })).status).toBe(201);
    const again = await buy(staff, { memberCode: code, receiptNo: receipt(), amountFen: 1000 });
    expect([again.status, again.body.error.code]).toEqual([409, 'CODE_USED']);
    expect((await call('POST', '/v1/store/scan', { token: staff, body: { code } })).status).toBe(200);
  });

  test.each([
    [{ amountFen: -100 }, 'body.amountFen'],
    [{ amountFen: 0 }, 'body.amountFen'],
    [{ amountFen: 12.5 }, 'body.amountFen'],
    [{ amountFen: 1e12 }, 'body.amountFen'],
    [{ amountFen: 'lots' }, 'body.amountFen'],
    [{ receiptNo: '' }, 'body.receiptNo'],
    [{ receiptNo: 'has space' }, 'body.receiptNo'],
    [{ items: [{ sku: 'LATTE', quantity: 2, unitPriceFen: 3000 }] }, 'body.items'],
    [{ items: [{ sku: 'LATTE', quantity: -1, unitPriceFen: 30 }] }, 'body.items.0.quantity'],
  ])('%p is 400 naming %s, and writes nothing', async (change, path) => {
    const member = await login(newOpenid());
    const answer = await buy(staff, {
      memberCode: await memberCode(member.token),
      receiptNo: receipt(),
      amountFen: 5000,
      ...change,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(path);
    expect((await me(member.token)).points.balance).toBe(0);
  });

  test('a promotion multiplies points; SKU bonuses add per unit', async () => {
    const name = `双倍积分${Date.now()}`;
    const created = await call('POST', '/v1/admin/promotions', {
      token: marketer,
      body: {
        name,
        multiplier: 2,
        skuBonus: { BEANS: 30 },
        startsAt: `${uniqueDay(1)}T00:00:00+08:00`,
        endsAt: `${uniqueDay(2)}T00:00:00+08:00`,
        storeIds: ['S002'],
      },
    });
    expect(created.status).toBe(201);
    const member = await login(newOpenid());
    const clock = `${uniqueDay(1)}T10:00:00+08:00`;
    const body = async () => ({
      memberCode: await memberCode(member.token, clock),
      amountFen: 5000,
      items: [{ sku: 'BEANS', quantity: 2, unitPriceFen: 1000 }],
    });
    const atS002 = await call('POST', '/v1/store/purchases/preview', {
      token: otherStoreStaff,
      body: await body(),
      headers: { 'X-Clock': clock },
    });
    expect(atS002.body).toMatchObject({ points: 50 * 2 + 60, promotion: { name, multiplier: 2 } });
    const atS001 = await call('POST', '/v1/store/purchases/preview', {
      token: staff,
      body: await body(),
      headers: { 'X-Clock': clock },
    });
    expect(atS001.body).toMatchObject({ points: 50, promotion: null });
    const invalid = await call('POST', '/v1/admin/promotions', {
      token: marketer,
      body: { name: 'x', startsAt: '2031-03-02T00:00:00+08:00', endsAt: '2031-03-01T00:00:00+08:00' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'body.endsAt',
      'body.multiplier',
    ]);
  });
});

describe('refunds', () => {
  test('20 parallel refunds of one purchase never reverse more than it earned', async () => {
    const member = await login(newOpenid());
    const purchase = (
      await buy(staff, { memberCode: await memberCode(member.token), receiptNo: receipt(), amountFen: 30000 })
    ).body;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', `/v1/store/purchases/${purchase.purchaseId}/refund`, { token: staff, body: { amountFen: 4000 } }),
      ),
    );
    const done = answers.filter((answer) => answer.status === 201).map((answer) => refundResponse.parse(answer.body));
    const refused = answers.filter((answer) => answer.status === 409).map((answer) => answer.body.error.code);
    expect(done.length + refused.length).toBe(20);
    expect(new Set(refused)).toEqual(new Set(refused.length ? ['REFUND_EXCEEDS_PAID'] : []));
    expect(done.reduce((sum, refund) => sum + refund.refundedFen, 0)).toBeLessThanOrEqual(30000);
    expect(done).toHaveLength(7); // 7 × ¥40 = ¥280 of ¥300; the 8th would exceed it
    const reversed = done.reduce((sum, refund) => sum + refund.pointsReversed, 0);
    expect(reversed).toBeLessThanOrEqual(300);
    expect((await me(member.token)).points).toMatchObject({ balance: 300 - reversed, pending: 50 });
    const rest = await call('POST', `/v1/store/purchases/${purchase.purchaseId}/refund`, { token: staff });
    expect(rest.body).toMatchObject({ refundedFen: 2000, pointsReversed: 300 - reversed });
    // Refunded in full inside the refund window: the first-purchase task's reward is cancelled, nothing is gained.
    expect((await me(member.token)).points).toMatchObject({ balance: 0, pending: 0 });
    const more = await call('POST', `/v1/store/purchases/${purchase.purchaseId}/refund`, { token: staff, body: {} });
    expect([more.status, more.body.error.code]).toEqual([409, 'ALREADY_REFUNDED']);
  }, 120_000);

  test('staff of S002 cannot refund a purchase of S001; a refund beyond the paid amount is refused', async () => {
    const member = await login(newOpenid());
    const purchase = (
      await buy(staff, { memberCode: await memberCode(member.token), receiptNo: receipt(), amountFen: 5000 })
    ).body;
    const foreign = await call('POST', `/v1/store/purchases/${purchase.purchaseId}/refund`, {
      token: otherStoreStaff,
      body: {},
    });
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const tooMuch = await call('POST', `/v1/store/purchases/${purchase.purchaseId}/refund`, {
      token: staff,
      body: { amountFen: 5001 },
    });
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([409, 'REFUND_EXCEEDS_PAID']);
    expect(
      (
        await call('POST', `/v1/store/purchases/${purchase.purchaseId}/refund`, {
          token: staff,
          body: { amountFen: -5 },
        })
      ).status,
    ).toBe(400);
    expect((await call('POST', '/v1/store/purchases/NOTAPURCHASE/refund', { token: staff, body: {} })).status).toBe(
      400,
    );
    expect(
      (await call('POST', '/v1/store/purchases/01ARZ3NDEKTSV4RRFFQ69G5FAV/refund', { token: staff, body: {} })).status,
    ).toBe(404);
    expect((await me(member.token)).points).toMatchObject({ balance: 50, pending: 50 });
    const found = await call('GET', `/v1/store/purchases?receiptNo=${purchase.receiptNo}`, { token: staff });
    expect(found.body).toMatchObject({ purchaseId: purchase.purchaseId, refundableFen: 5000 });
    expect(
      (await call('GET', `/v1/store/purchases?receiptNo=${purchase.receiptNo}`, { token: otherStoreStaff })).status,
    ).toBe(404);
  });

  test("the store's activity lists today's purchases and refunds with totals", async () => {
    const member = await login(newOpenid());
    const day = uniqueDay();
    const clock = `${day}T12:00:00+08:00`;
    const purchase = (
      await buy(
        staff,
        { memberCode: await memberCode(member.token, clock), receiptNo: receipt(), amountFen: 4200 },
        clock,
      )
    ).body;
    await call('POST', `/v1/store/purchases/${purchase.purchaseId}/refund`, {
      token: staff,
      body: { amountFen: 1200 },
      headers: { 'X-Clock': `${day}T13:00:00+08:00` },
    });
    const activity = (await call('GET', `/v1/store/activity?date=${day}`, { token: staff })).body;
    expect(activity.items.map((item: { kind: string; amountFen: number }) => [item.kind, item.amountFen])).toEqual([
      ['refund', -1200],
      ['purchase', 4200],
    ]);
    expect(activity.totals).toMatchObject({ purchases: 1, salesFen: 4200, refunds: 1, refundedFen: 1200 });
    expect((await call('GET', `/v1/store/activity?date=${day}`, { token: otherStoreStaff })).body.items).toEqual([]);
    expect((await call('GET', '/v1/store/activity?date=2031-13-01', { token: staff })).status).toBe(400);
  });
});

describe('marketer adjustments', () => {
  test('need a reason, are audited, and a debit beyond the balance becomes debt', async () => {
    const member = await login(newOpenid());
    const noReason = await call('POST', `/v1/admin/members/${member.memberId}/points`, {
      token: marketer,
      body: { points: 50 },
    });
    expect(noReason.status).toBe(400);
    const zero = await call('POST', `/v1/admin/members/${member.memberId}/points`, {
      token: marketer,
      body: { points: 0, reason: '测试' },
    });
    expect(zero.status).toBe(400);
    const credit = await call('POST', `/v1/admin/members/${member.memberId}/points`, {
      token: marketer,
      body: { points: 50, reason: '客诉补偿' },
    });
    expect(credit.body).toMatchObject({ points: 50, balance: 50, debt: 0 });
    const debit = await call('POST', `/v1/admin/members/${member.memberId}/points`, {
      token: marketer,
      body: { points: -80, reason: '误发积分收回' },
    });
    expect(debit.body).toMatchObject({ balance: 0, debt: 30 });
    expect((await me(member.token)).points).toMatchObject({ balance: 0, debt: 30 });
    const unknown = await call('POST', '/v1/admin/members/NOBODY/points', {
      token: marketer,
      body: { points: 5, reason: '测试' },
    });
    expect(unknown.status).toBe(404);
  });
});
