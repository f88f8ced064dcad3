import {
  activityResponse,
  adminMallItemView,
  fulfilOrderResponse,
  mallItemsResponse,
  meResponse,
  orderView,
  ordersResponse,
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
const receipt = () => `MALL${Date.now().toString(36)}${(receipts++).toString(36)}`.toUpperCase();
const balance = async (token: string) => meResponse.parse((await call('GET', '/v1/me', { token })).body).points.balance;

/** A new member who bought for `amountFen` at S001 (¥500 → 650 points and 银卡). */
/** A member who bought for `amountFen` (¥500: 500 points + the 100-point 银卡 gift; the first-purchase task's 50 wait). */
async function shopper(amountFen = 50000) {
  const member = await login(newOpenid('mall'));
  const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
  const bought = await call('POST', '/v1/store/purchases', {
    token: staff,
    body: { memberCode: code, receiptNo: receipt(), amountFen },
  });
  expect(bought.status).toBe(201);
  return member;
}

const order = (token: string, body: unknown, key?: string) =>
  call('POST', '/v1/mall/orders', { token, body, headers: key ? { 'Idempotency-Key': key } : {} });

describe('GET /v1/mall/items', () => {
  test('the demo mall, with the reason each item cannot be redeemed by a new member', async () => {
    const member = await login(newOpenid('mall'));
    const answer = await call('GET', '/v1/mall/items', { token: member.token });
    expect(answer.status).toBe(200);
    const list = mallItemsResponse.parse(answer.body);
    const demo = Object.fromEntries(
      list.items
        .filter((item) => item.itemId.startsWith('demo-'))
        .map((item) => [item.itemId, [item.points, item.cashFen, item.reason]]),
    );
    expect(demo).toEqual({
      'demo-coffee-coupon': [300, 0, 'POINTS_INSUFFICIENT'],
      'demo-spoon': [50, 0, 'POINTS_INSUFFICIENT'],
      'demo-filter': [100, 0, 'POINTS_INSUFFICIENT'],
      'demo-syrup': [500, 0, 'POINTS_INSUFFICIENT'],
      'demo-latte-art': [1000, 0, expect.stringMatching(/POINTS_INSUFFICIENT|STOCK_EXHAUSTED/)],
      'demo-cup': [800, 2000, 'LEVEL_TOO_LOW'],
    });
    expect(list.categories.slice(0, 4)).toEqual(['优惠券', '咖啡周边', '体验课程', '定制好物']);
    const courses = mallItemsResponse.parse(
      (await call('GET', `/v1/mall/items?category=${encodeURIComponent('体验课程')}`, { token: member.token })).body,
    );
    expect(courses.items.map((item) => item.itemId)).toContain('demo-latte-art');
    expect(courses.items.every((item) => item.category === '体验课程')).toBe(true);
    const cup = await call('GET', '/v1/mall/items/demo-cup', { token: member.token });
    expect(cup.body).toMatchObject({
      itemId: 'demo-cup',
      minLevel: 'L2',
      minLevelName: '银卡会员',
      redeemable: false,
      reason: 'LEVEL_TOO_LOW',
    });
    expect((await call('GET', '/v1/mall/items/nope', { token: member.token })).status).toBe(404);
  });
});

describe('POST /v1/mall/orders', () => {
  test('redeems with points, answers the order with its pickup code, and lists it in 我的兑换', async () => {
    const member = await shopper();
    expect(await balance(member.token)).toBe(600);
    const answer = await order(member.token, { itemId: 'demo-filter', quantity: 2 });
    expect(answer.status).toBe(201);
    const placed = orderView.parse(answer.body);
    expect(placed).toMatchObject({
      itemId: 'demo-filter',
      itemName: '咖啡滤纸',
      quantity: 2,
      points: 200,
      cashFen: 0,
      status: 'awaiting_pickup',
      couponIds: [],
    });
    expect(placed.pickupCode).toMatch(/^\d{8}$/);
    expect(Date.parse(placed.pickupBy!) - Date.parse(placed.createdAt)).toBe(30 * 86_400_000);
    expect(await balance(member.token)).toBe(600 - 200 + 10); // + the first-redemption task
    const mine = ordersResponse.parse((await call('GET', '/v1/me/orders', { token: member.token })).body);
    expect(mine.items.map((item) => item.orderId)).toEqual([placed.orderId]);
    expect((await call('GET', `/v1/me/orders/${placed.orderId}`, { token: member.token })).body).toMatchObject({
      orderId: placed.orderId,
      status: 'awaiting_pickup',
    });
    const badges = (await call('GET', '/v1/me/badges', { token: member.token })).body as {
      code: string;
      earnedAt: string | null;
    }[];
    expect(badges.find((badge) => badge.code === 'points-player')?.earnedAt).toBeTruthy();
  });

  test('a coupon item issues its coupons at once into the wallet; the order is complete with no pickup code', async () => {
    const member = await shopper();
    const placed = orderView.parse((await order(member.token, { itemId: 'demo-coffee-coupon', quantity: 2 })).body);
    expect(placed).toMatchObject({ kind: 'coupon', status: 'completed', pickupCode: null, points: 600 });
    expect(placed.couponIds).toHaveLength(2);
    const wallet = (await call('GET', '/v1/me/coupons?status=available', { token: member.token })).body.items as {
      couponId: string;
      title: string;
      source: string;
    }[];
    expect(
      wallet
        .filter((coupon) => placed.couponIds.includes(coupon.couponId))
        .map((coupon) => [coupon.title, coupon.source]),
    ).toEqual([
      ['中杯咖啡兑换券', 'mall'],
      ['中杯咖啡兑换券', 'mall'],
    ]);
    expect((await call('POST', `/v1/me/orders/${placed.orderId}/cancel`, { token: member.token })).status).toBe(409);
  });

  test('an Idempotency-Key replay returns the same order and charges once; the key with another body is 422', async () => {
    const member = await shopper();
    const key = `order-${newOpenid()}`;
    const first = await order(member.token, { itemId: 'demo-spoon', quantity: 1 }, key);
    const again = await order(member.token, { itemId: 'demo-spoon', quantity: 1 }, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.orderId).toBe(first.body.orderId);
    expect(await balance(member.token)).toBe(600 - 50 + 10);
    expect((await order(member.token, { itemId: 'demo-spoon', quantity: 2 }, key)).status).toBe(422);
    expect(ordersResponse.parse((await call('GET', '/v1/me/orders', { token: member.token })).body).items).toHaveLength(
      1,
    );
  });

  test.each([
    [{ itemId: 'demo-spoon', quantity: 0 }],
    [{ itemId: 'demo-spoon', quantity: -1 }],
    [{ itemId: 'demo-spoon', quantity: 1.5 }],
    [{ itemId: 'demo-spoon', quantity: '1' }],
    [{ itemId: 'demo-spoon' }],
    [{ itemId: '', quantity: 1 }],
    [{ itemId: 'demo-spoon', quantity: 1, extra: true }],
  ])('%j → 400 VALIDATION_FAILED, nothing written', async (body) => {
    const member = await shopper(5000);
    const answer = await order(member.token, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(await balance(member.token)).toBe(50);
  });

  test('garbage JSON is 400; refusals are 409 with their codes and charge nothing', async () => {
    const member = await shopper(10000); // 100 points, 普通会员
    expect((await call('POST', '/v1/mall/orders', { token: member.token, rawBody: '{"itemId":' })).status).toBe(400);
    const tooDear = await order(member.token, { itemId: 'demo-syrup', quantity: 1 });
    expect(tooDear.status).toBe(409);
    expect(tooDear.body.error).toMatchObject({ code: 'POINTS_INSUFFICIENT', details: { balance: 100, required: 500 } });
    expect((await order(member.token, { itemId: 'demo-cup', quantity: 1 })).body.error.code).toBe('LEVEL_TOO_LOW');
    expect((await order(member.token, { itemId: 'demo-spoon', quantity: 6 })).body.error.code).toBe('LIMIT_REACHED'); // 每单限 5
    expect((await order(member.token, { itemId: 'nope', quantity: 1 })).status).toBe(404);
    expect(await balance(member.token)).toBe(100);
  });
});

describe('pickup at the counter', () => {
  test('staff scan the pickup code, hand out once at any store; the day lists the hand-out; it cannot be cancelled after', async () => {
    const member = await shopper();
    const placed = orderView.parse((await order(member.token, { itemId: 'demo-spoon', quantity: 2 })).body);
    const scanned = scanResponse.parse(
      (await call('POST', '/v1/store/scan', { token: otherStoreStaff, body: { code: placed.pickupCode } })).body,
    );
    expect(scanned).toMatchObject({
      kind: 'order',
      order: { orderId: placed.orderId, status: 'awaiting_pickup', quantity: 2 },
      member: { memberId: member.memberId },
    });

    const handed = await call('POST', '/v1/store/orders/fulfil', {
      token: otherStoreStaff,
      body: { pickupCode: placed.pickupCode },
    });
    expect(handed.status).toBe(200);
    expect(fulfilOrderResponse.parse(handed.body).order).toMatchObject({
      status: 'completed',
      fulfilledStoreId: 'S002',
    });
    const twice = await call('POST', '/v1/store/orders/fulfil', {
      token: staff,
      body: { pickupCode: placed.pickupCode },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('ORDER_ALREADY_FULFILLED');
    const cancel = await call('POST', `/v1/me/orders/${placed.orderId}/cancel`, { token: member.token });
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.code).toBe('ORDER_ALREADY_FULFILLED');
    expect((await call('GET', `/v1/me/orders/${placed.orderId}`, { token: member.token })).body).toMatchObject({
      status: 'completed',
      fulfilledStoreId: 'S002',
    });

    const day = activityResponse.parse((await call('GET', '/v1/store/activity', { token: otherStoreStaff })).body);
    expect(day.items.find((item) => item.id === placed.orderId)).toMatchObject({
      kind: 'handout',
      title: '咖啡勺 ×2',
      memberNo: scanned.member.memberNo,
    });
    expect(day.totals.handouts).toBeGreaterThanOrEqual(1);
  });

  test('an unknown or malformed pickup code', async () => {
    expect(
      (await call('POST', '/v1/store/orders/fulfil', { token: staff, body: { pickupCode: '12345678' } })).status,
    ).toBe(404);
    expect((await call('POST', '/v1/store/orders/fulfil', { token: staff, body: { pickupCode: '1234' } })).status).toBe(
      400,
    );
    expect((await call('POST', '/v1/store/scan', { token: staff, body: { code: '00000001' } })).status).toBe(404);
  });

  test('the member cancels: points back, stock back, the code no longer hands out', async () => {
    const member = await shopper();
    const stockBefore = (await call('GET', '/v1/admin/mall/items', { token: marketer })).body.items.find(
      (item: { itemId: string }) => item.itemId === 'demo-filter',
    ).stock;
    const placed = orderView.parse((await order(member.token, { itemId: 'demo-filter', quantity: 1 })).body);
    const cancelled = await call('POST', `/v1/me/orders/${placed.orderId}/cancel`, {
      token: member.token,
      headers: { 'Idempotency-Key': `cancel-${placed.orderId}` },
    });
    expect(cancelled.status).toBe(200);
    expect(orderView.parse(cancelled.body)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'member',
      pointsRestored: 100,
      pointsExpiredOnReturn: 0,
    });
    expect(await balance(member.token)).toBe(600 + 10);
    const stockAfter = (await call('GET', '/v1/admin/mall/items', { token: marketer })).body.items.find(
      (item: { itemId: string }) => item.itemId === 'demo-filter',
    ).stock;
    expect(stockAfter).toBe(stockBefore);
    const hand = await call('POST', '/v1/store/orders/fulfil', {
      token: staff,
      body: { pickupCode: placed.pickupCode },
    });
    expect(hand.body.error.code).toBe('ORDER_CANCELLED');
    const points = (await call('GET', '/v1/me/points?limit=3', { token: member.token })).body.items.map(
      (entry: { type: string; points: number }) => [entry.type, entry.points],
    );
    expect(points.slice(0, 2)).toEqual([
      ['refund', 100],
      ['bonus', 10],
    ]);
  });
});

describe('marketer catalog', () => {
  const base = { name: '测试周边', category: '测试', kind: 'goods', points: 30 };

  test('creates an item with stock, changes it by deltas, and every change is audited', async () => {
    const created = await call('POST', '/v1/admin/mall/items', {
      token: marketer,
      body: { ...base, stock: 10, perMemberLimit: 2 },
    });
    expect(created.status).toBe(201);
    const item = adminMallItemView.parse(created.body);
    expect(item).toMatchObject({
      stock: 10,
      sold: 0,
      perMemberLimit: 2,
      perOrderLimit: null,
      description: '',
      images: [],
    });
    const more = await call('PUT', `/v1/admin/mall/items/${item.itemId}`, {
      token: marketer,
      body: { stockDelta: 5, points: 40 },
    });
    expect(more.body).toMatchObject({ stock: 15, points: 40 });
    const tooMuch = await call('PUT', `/v1/admin/mall/items/${item.itemId}`, {
      token: marketer,
      body: { stockDelta: -16 },
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.code).toBe('STOCK_EXHAUSTED');
    expect(
      (await call('PUT', `/v1/admin/mall/items/${item.itemId}`, { token: marketer, body: { stock: 3 } })).status,
    ).toBe(400);
  });

  test('invalid items are 400 naming the field (a coupon item names an existing template)', async () => {
    const window = await call('POST', '/v1/admin/mall/items', {
      token: marketer,
      body: { ...base, stock: null, saleFrom: '2030-01-02T00:00:00+08:00', saleUntil: '2030-01-01T00:00:00+08:00' },
    });
    expect(window.status).toBe(400);
    expect(window.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain('body.saleUntil');
    const level = await call('POST', '/v1/admin/mall/items', {
      token: marketer,
      body: { ...base, stock: null, minLevel: 'L9' },
    });
    expect(level.status).toBe(400);
    expect(level.body.error.details.issues[0].path).toBe('body.minLevel');
    const points = await call('POST', '/v1/admin/mall/items', {
      token: marketer,
      body: { ...base, stock: null, points: 0 },
    });
    expect(points.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain('body.points');
    const coupon = await call('POST', '/v1/admin/mall/items', {
      token: marketer,
      body: { ...base, stock: null, kind: 'coupon', couponTemplateId: 'tpl-nope' },
    });
    expect(coupon.status).toBe(400);
    expect(coupon.body.error.details.issues[0].path).toBe('body.couponTemplateId');
    const unlimited = adminMallItemView.parse(
      (await call('POST', '/v1/admin/mall/items', { token: marketer, body: { ...base, stock: null } })).body,
    );
    expect(unlimited.sold).toBeNull();
    const delta = await call('PUT', `/v1/admin/mall/items/${unlimited.itemId}`, {
      token: marketer,
      body: { stockDelta: 1 },
    });
    expect(delta.status).toBe(400);
    expect(delta.body.error.details.issues[0].path).toBe('body.stockDelta');
  });
});
