import { adminMallItemView } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
});

const newItem = async (fields: Record<string, unknown> = {}) => {
  const created = await call('POST', '/v1/admin/mall/items', {
    token: marketer,
    body: {
      name: `上下架${newOpenid('').slice(-6)}`,
      category: '测试',
      kind: 'goods',
      points: 10,
      stock: 5,
      ...fields,
    },
  });
  expect(created.status).toBe(201);
  return adminMallItemView.parse(created.body);
};

describe('PUT /v1/admin/mall/items/{itemId}: hide, show, stock with a reason', () => {
  test('a hidden item leaves the member mall and cannot be redeemed; shown again it is back', async () => {
    const item = await newItem();
    expect(item.hidden).toBe(false);
    const member = await login(newOpenid('hide'));
    const listed = async () =>
      (await call('GET', '/v1/mall/items', { token: member.token })).body.items.map(
        (i: { itemId: string }) => i.itemId,
      );
    expect(await listed()).toContain(item.itemId);

    const hidden = await call('PUT', `/v1/admin/mall/items/${item.itemId}`, {
      token: marketer,
      body: { hidden: true },
    });
    expect(hidden.body.hidden).toBe(true);
    expect(await listed()).not.toContain(item.itemId);
    expect((await call('GET', `/v1/mall/items/${item.itemId}`, { token: member.token })).status).toBe(404);
    const order = await call('POST', '/v1/mall/orders', {
      token: member.token,
      body: { itemId: item.itemId, quantity: 1 },
    });
    expect([order.status, order.body.error.code]).toEqual([404, 'NOT_FOUND']);

    await call('PUT', `/v1/admin/mall/items/${item.itemId}`, { token: marketer, body: { hidden: false } });
    expect(await listed()).toContain(item.itemId);
    const audit = await call('GET', '/v1/admin/audit?limit=30', { token: marketer });
    const actions = audit.body.items
      .filter((entry: { target: { id: string } }) => entry.target.id === item.itemId)
      .map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['mall.item.hide', 'mall.item.show']));
  });

  test('a stock change carries its reason into the audit log; a reason without a change is refused', async () => {
    const item = await newItem();
    const moved = await call('PUT', `/v1/admin/mall/items/${item.itemId}`, {
      token: marketer,
      body: { stockDelta: -2, stockReason: '盘点损耗' },
    });
    expect(moved.body.stock).toBe(3);
    const audit = await call('GET', '/v1/admin/audit?limit=30', { token: marketer });
    const entry = audit.body.items.find((e: { target: { id: string }; action: string }) => e.target.id === item.itemId);
    expect(entry.after).toMatchObject({ stockDelta: -2, stockReason: '盘点损耗', stock: 3 });
    const alone = await call('PUT', `/v1/admin/mall/items/${item.itemId}`, {
      token: marketer,
      body: { stockReason: '没有数量' },
    });
    expect([alone.status, alone.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
