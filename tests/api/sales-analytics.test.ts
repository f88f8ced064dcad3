import { salesAnalytics } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
let staff: { token: string; openid: string };
beforeAll(async () => {
  marketer = (await login('marketer')).token;
  staff = { token: (await login('staff-s001')).token, openid: 'staff-s001' };
});

const sales = async () => {
  const answer = await call('GET', '/v1/admin/analytics/sales', { token: marketer });
  expect(answer.status).toBe(200);
  return salesAnalytics.parse(answer.body);
};

/** The statistics follow the stream a moment behind the writes: wait until they stop moving. */
async function settled() {
  let previous = JSON.stringify(await sales());
  for (let i = 0; i < 60; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const current = JSON.stringify(await sales());
    if (current === previous) return JSON.parse(current) as Awaited<ReturnType<typeof sales>>;
    previous = current;
  }
  throw new Error('statistics kept moving');
}

describe('GET /v1/admin/analytics/sales', () => {
  test('a purchase with SKU lines shows up by SKU, by store, under the staff member who recorded it, and in the home store', async () => {
    const before = await settled();
    const member = await login(newOpenid('sales'));
    const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
    const sku = `API-${Date.now().toString(36)}`.toUpperCase();
    const bought = await call('POST', '/v1/store/purchases', {
      token: staff.token,
      body: {
        memberCode: code,
        receiptNo: `SA${Date.now().toString(36)}`.toUpperCase(),
        amountFen: 3600,
        items: [{ sku, quantity: 3, unitPriceFen: 1200 }],
      },
    });
    expect(bought.status).toBe(201);
    const after = await settled();
    expect(after.skus.find((row) => row.sku === sku)).toMatchObject({
      name: sku,
      quantity: 3,
      revenueFen: 3600,
      marginFen: null,
    });
    const seller = (figures: typeof before) =>
      figures.staff.find((row) => row.staffId === staff.openid && row.storeId === 'S001') ?? {
        purchases: 0,
        salesFen: 0,
      };
    expect(seller(after).purchases - seller(before).purchases).toBe(1);
    expect(seller(after).salesFen - seller(before).salesFen).toBe(bought.body.payableFen);
    const store = (figures: typeof before) => figures.stores.find((row) => row.storeId === 'S001')!;
    expect(store(after).purchases - store(before).purchases).toBe(1);
    // The new member's first purchase made S001 their home store.
    expect(store(after).homeMembers - store(before).homeMembers).toBe(1);
    expect(after.homeStores.total - before.homeStores.total).toBe(1);
    expect(after.spendDrop.audience).toEqual({ segments: ['spend-drop'] });
  });

  test('a SKU of the product list is named by it, with its margin (sales − quantity × cost)', async () => {
    const sku = `APIM-${Date.now().toString(36)}`.toUpperCase();
    const created = await call('POST', '/v1/admin/products', {
      token: marketer,
      body: { sku, name: '分析测试拿铁', category: '咖啡', priceFen: 2800, costFen: 750 },
      headers: { 'Idempotency-Key': `product-${sku}` },
    });
    expect(created.status).toBe(201);
    const member = await login(newOpenid('sales-margin'));
    const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
    const bought = await call('POST', '/v1/store/purchases', {
      token: staff.token,
      body: {
        memberCode: code,
        receiptNo: `SM${Date.now().toString(36)}`.toUpperCase(),
        amountFen: 5600,
        items: [{ sku, quantity: 2, unitPriceFen: 2800 }],
      },
    });
    expect(bought.status).toBe(201);
    const after = await settled();
    expect(after.skus.find((row) => row.sku === sku)).toMatchObject({
      name: '分析测试拿铁',
      quantity: 2,
      revenueFen: 5600,
      marginFen: 5600 - 2 * 750,
    });
  });

  test('each sales report exports as CSV; a bad range or report is a 400', async () => {
    for (const report of ['skus', 'staff', 'home-stores', 'spend-drop']) {
      const answer = await call('GET', `/v1/admin/analytics/export?report=${report}`, { token: marketer });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/csv');
    }
    const reversed = await call('GET', '/v1/admin/analytics/sales?from=2026-11-20&to=2026-11-01', {
      token: marketer,
    });
    expect(reversed.status).toBe(400);
    expect((await call('GET', '/v1/admin/analytics/export?report=nope', { token: marketer })).status).toBe(400);
  });
});
