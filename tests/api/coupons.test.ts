import {
  campaignView,
  couponCenterResponse,
  couponCodeResponse,
  myCouponsResponse,
  purchasePreviewResponse,
  purchaseResponse,
  scanResponse,
} from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let staff: string;
let otherStoreStaff: string;
let marketer: string;
beforeAll(async () => {
  staff = (await login('staff-s001')).token;
  otherStoreStaff = (await login('staff-s002')).token;
  marketer = (await login('marketer')).token;
});

let receipts = 0;
const receipt = () => `CPN${Date.now().toString(36)}${(receipts++).toString(36)}`.toUpperCase();
const memberCode = async (token: string) => (await call('GET', '/v1/me/code', { token })).body.code as string;
const wallet = async (token: string, status = 'available') =>
  myCouponsResponse.parse((await call('GET', `/v1/me/coupons?status=${status}`, { token })).body).items;

async function template(body: Record<string, unknown> = {}) {
  const answer = await call('POST', '/v1/admin/coupon-templates', {
    token: marketer,
    body: {
      title: '满30减5',
      type: 'amount_off',
      valueFen: 500,
      minSpendFen: 3000,
      validity: { kind: 'relative', days: 30 },
      ...body,
    },
  });
  expect(answer.status).toBe(201);
  return answer.body.templateId as string;
}

async function campaign(body: Record<string, unknown>) {
  const created = await call('POST', '/v1/admin/campaigns', {
    token: marketer,
    body: { name: '测试活动', templateId: await template(), ...body },
  });
  expect(created.status).toBe(201);
  const launched = await call('POST', `/v1/admin/campaigns/${created.body.campaignId}/launch`, { token: marketer });
  expect(launched.status).toBe(200);
  return campaignView.parse(launched.body);
}

describe('wallet', () => {
  test('a new member holds 新人首杯免费 and can show its signed code; staff scanning it see the coupon and its member', async () => {
    const member = await login(newOpenid('coupon'));
    const [welcome] = await wallet(member.token);
    expect(welcome).toMatchObject({
      couponId: 'welcome',
      title: '新人首杯免费',
      status: 'available',
      source: 'new-member',
    });
    const code = couponCodeResponse.parse(
      (await call('GET', '/v1/me/coupons/welcome/code', { token: member.token })).body,
    );
    expect(code.code).toMatch(/^CPN\./);
    const scanned = scanResponse.parse(
      (await call('POST', '/v1/store/scan', { token: staff, body: { code: code.code } })).body,
    );
    expect(scanned).toMatchObject({
      kind: 'coupon',
      coupon: { couponId: 'welcome' },
      member: { memberId: member.memberId },
    });
    const tampered = code.code.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect((await call('POST', '/v1/store/scan', { token: staff, body: { code: tampered } })).body.error.code).toBe(
      'CODE_INVALID',
    );
    const other = await login(newOpenid('coupon'));
    expect((await call('GET', `/v1/me/coupons/welcome/code`, { token: other.token })).status).toBe(200); // their own welcome coupon
    expect((await call('GET', `/v1/me/coupons/nope/code`, { token: other.token })).status).toBe(404);
  });
});

describe('coupons at the counter', () => {
  test('scan shows the member’s usable coupons; preview and purchase apply one; the coupon is then used; a full refund gives it back', async () => {
    const pushed = await campaign({ kind: 'push', audience: {} });
    expect(pushed.status).toBe('completed');
    const member = await login(newOpenid('coupon'));
    // A member registered after the dispatch is not in it; one pushed to an explicit list is.
    const me = (await call('GET', '/v1/me', { token: member.token })).body;
    const direct = await campaign({ kind: 'push', audience: { memberNos: [me.memberNo] } });
    expect(direct.stats).toMatchObject({ targeted: 1, issued: 1 });
    const couponId = `c-${direct.campaignId}`;
    const scanned = scanResponse.parse(
      (await call('POST', '/v1/store/scan', { token: staff, body: { code: await memberCode(member.token) } })).body,
    );
    expect(scanned.kind === 'member' && scanned.coupons.map((coupon) => coupon.couponId)).toEqual(
      expect.arrayContaining([couponId, 'welcome']),
    );

    const code = await memberCode(member.token);
    const preview = purchasePreviewResponse.parse(
      (
        await call('POST', '/v1/store/purchases/preview', {
          token: staff,
          body: { memberCode: code, amountFen: 4000, couponIds: [couponId] },
        })
      ).body,
    );
    expect(preview).toMatchObject({
      couponDiscountFen: 500,
      payableFen: 3500,
      points: 35,
      coupon: { couponId, title: '满30减5' },
      stamp: true,
    });
    const bought = await call('POST', '/v1/store/purchases', {
      token: staff,
      body: { memberCode: code, receiptNo: receipt(), amountFen: 4000, couponIds: [couponId] },
    });
    expect(bought.status).toBe(201);
    expect(purchaseResponse.parse(bought.body)).toMatchObject({
      couponsUsed: [couponId],
      couponDiscountFen: 500,
      payableFen: 3500,
      stamps: { count: 1, of: 10 },
    });
    expect((await wallet(member.token, 'used')).map((coupon) => coupon.couponId)).toEqual([couponId]);
    const again = await call('POST', '/v1/store/purchases/preview', {
      token: staff,
      body: { memberCode: await memberCode(member.token), amountFen: 4000, couponIds: [couponId] },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'COUPON_NOT_USABLE', details: { reason: 'USED' } });

    const results = campaignView.parse(
      (await call('GET', `/v1/admin/campaigns/${direct.campaignId}`, { token: marketer })).body,
    );
    expect(results.stats).toMatchObject({
      issued: 1,
      redeemed: 1,
      redemptionRate: 1,
      discountFen: 500,
      salesFen: 3500,
    });

    const refund = await call('POST', `/v1/store/purchases/${bought.body.purchaseId}/refund`, {
      token: staff,
      body: {},
    });
    expect(refund.body.couponsRestored).toEqual([couponId]);
    expect((await wallet(member.token)).map((coupon) => coupon.couponId)).toContain(couponId);
  });

  test('refusals: two coupons, another member’s coupon, another store’s coupon, below the minimum', async () => {
    const member = await login(newOpenid('coupon'));
    const other = await login(newOpenid('coupon'));
    const preview = async (token: string, couponIds: string[], amountFen = 4000, as = staff) =>
      call('POST', '/v1/store/purchases/preview', {
        token: as,
        body: { memberCode: await memberCode(token), amountFen, couponIds },
      });
    expect((await preview(member.token, ['welcome', 'x'])).status).toBe(400);
    expect((await preview(member.token, ['c-nope'])).body.error.details.reason).toBe('NOT_YOURS');
    const scoped = await campaign({ kind: 'claim', audience: {} });
    const s002Template = await template({ storeIds: ['S002'] });
    const s002 = await call('POST', '/v1/admin/campaigns', {
      token: marketer,
      body: { name: '陆家嘴店专享', kind: 'claim', templateId: s002Template },
    });
    await call('POST', `/v1/admin/campaigns/${s002.body.campaignId}/launch`, { token: marketer });
    const claimed = await call('POST', `/v1/coupon-center/${s002.body.campaignId}/claim`, { token: member.token });
    expect(claimed.status).toBe(201);
    expect((await preview(member.token, [claimed.body.coupon.couponId])).body.error.details.reason).toBe('WRONG_STORE');
    expect((await preview(member.token, [claimed.body.coupon.couponId], 4000, otherStoreStaff)).status).toBe(200);
    const mine = await call('POST', `/v1/coupon-center/${scoped.campaignId}/claim`, { token: member.token });
    expect((await preview(member.token, [mine.body.coupon.couponId], 2999)).body.error.details.reason).toBe(
      'BELOW_MIN_SPEND',
    );
    expect((await preview(other.token, [mine.body.coupon.couponId])).body.error.details.reason).toBe('NOT_YOURS');
  });
});

describe('claim center', () => {
  test('lists claimable campaigns for the caller; claims once; refuses beyond the limit', async () => {
    const open = await campaign({ kind: 'claim', stock: 5, perMemberLimit: 1, audience: {} });
    const member = await login(newOpenid('coupon'));
    const list = couponCenterResponse.parse((await call('GET', '/v1/coupon-center', { token: member.token })).body);
    expect(list.find((item) => item.campaignId === open.campaignId)).toMatchObject({
      claimable: true,
      remaining: 5,
      claimedByMe: 0,
    });
    const key = `claim-${newOpenid()}`;
    const first = await call('POST', `/v1/coupon-center/${open.campaignId}/claim`, {
      token: member.token,
      headers: { 'Idempotency-Key': key },
    });
    const replay = await call('POST', `/v1/coupon-center/${open.campaignId}/claim`, {
      token: member.token,
      headers: { 'Idempotency-Key': key },
    });
    expect(first.status).toBe(201);
    expect(replay.body.coupon.couponId).toBe(first.body.coupon.couponId);
    const second = await call('POST', `/v1/coupon-center/${open.campaignId}/claim`, { token: member.token });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('LIMIT_REACHED');
    const after = couponCenterResponse.parse((await call('GET', '/v1/coupon-center', { token: member.token })).body);
    expect(after.find((item) => item.campaignId === open.campaignId)).toMatchObject({
      claimable: false,
      reason: 'LIMIT_REACHED',
      remaining: 4,
      claimedByMe: 1,
    });
    const levelOnly = await campaign({ kind: 'claim', audience: { levels: ['L3'] } });
    expect(
      couponCenterResponse
        .parse((await call('GET', '/v1/coupon-center', { token: member.token })).body)
        .map((item) => item.campaignId),
    ).not.toContain(levelOnly.campaignId);
    expect(
      (await call('POST', `/v1/coupon-center/${levelOnly.campaignId}/claim`, { token: member.token })).status,
    ).toBe(404);
  });
});

describe('marketer', () => {
  test('templates and campaigns are validated with the field named', async () => {
    const bad = async (path: string, body: Record<string, unknown>, field: string) => {
      const answer = await call('POST', path, { token: marketer, body });
      expect(answer.status).toBe(400);
      expect(answer.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain(field);
    };
    await bad(
      '/v1/admin/coupon-templates',
      { title: '八八折', type: 'percent_off', minSpendFen: 0, validity: { kind: 'relative', days: 7 } },
      'body.percent',
    );
    await bad(
      '/v1/admin/coupon-templates',
      { title: '礼品', type: 'gift', valueFen: 100, validity: { kind: 'relative', days: 7 } },
      'body.giftName',
    );
    await bad(
      '/v1/admin/coupon-templates',
      {
        title: '错期',
        type: 'amount_off',
        valueFen: 100,
        validity: { kind: 'fixed', from: '2027-01-02T00:00:00+08:00', until: '2027-01-01T00:00:00+08:00' },
      },
      'body.validity.until',
    );
    await bad('/v1/admin/campaigns', { name: 'x', kind: 'push', templateId: 'tpl-nope' }, 'body.templateId');
    await bad('/v1/admin/campaigns', { name: 'x', kind: 'push', templateId: 'tpl-welcome', stock: 5 }, 'body.stock');
    await bad(
      '/v1/admin/campaigns',
      { name: 'x', kind: 'push', templateId: 'tpl-welcome', audience: { levels: ['L9'] } },
      'body.audience.levels',
    );
    await bad('/v1/admin/audiences/preview', { audience: { pointsMin: 10, pointsMax: 5 } }, 'body.audience.pointsMax');
  });

  test('the audience preview counts members and shows a sample', async () => {
    const member = await login(newOpenid('coupon'));
    const me = (await call('GET', '/v1/me', { token: member.token })).body;
    const preview = await call('POST', '/v1/admin/audiences/preview', {
      token: marketer,
      body: { audience: { memberNos: [me.memberNo] } },
    });
    expect(preview.body).toEqual({
      count: 1,
      sample: [expect.objectContaining({ memberNo: me.memberNo, levelCode: 'L1' })],
    });
    const l1 = await call('POST', '/v1/admin/audiences/preview', {
      token: marketer,
      body: { audience: { levels: ['L1'] } },
    });
    expect(l1.body.count).toBeGreaterThanOrEqual(1);
  });

  test('a scheduled push waits for its time; cancelling stops it', async () => {
    const scheduled = await campaign({ kind: 'push', audience: {}, scheduleAt: '2099-01-01T00:00:00+08:00' });
    expect(scheduled.status).toBe('scheduled');
    const cancelled = await call('POST', `/v1/admin/campaigns/${scheduled.campaignId}/cancel`, { token: marketer });
    expect(cancelled.body.status).toBe('cancelled');
    const list = await call('GET', '/v1/admin/campaigns?limit=50', { token: marketer });
    expect(
      list.body.items.find((item: { campaignId: string }) => item.campaignId === scheduled.campaignId),
    ).toMatchObject({ status: 'cancelled' });
  });
});
