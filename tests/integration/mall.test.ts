import type { MallItemRecord } from '../../functions/src/adapters/dynamodb';
import { updateMallItem } from '../../functions/src/features/mall/update-mall-item/use-case';
import { cancelOrder } from '../../functions/src/features/mall/cancellation';
import { handOut } from '../../functions/src/features/mall/fulfil-order/use-case';
import { listMallItems } from '../../functions/src/features/mall/list-mall-items/use-case';
import { placeOrder } from '../../functions/src/features/mall/place-order/use-case';
import type { Principal } from '../../functions/src/http/route';
import { cancelStaleOrders } from '../../functions/src/jobs/cancel-stale-orders';
import { runPool } from '../../functions/src/jobs/run-pool';
import { counter, marketer, staffAt } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { mallFixtures, T0 } from '../support/mall-fixtures';

let table: TestTable;
let c: ReturnType<typeof counter>;
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
});
afterAll(() => table.drop());

const at = (iso: string) => Date.parse(iso);
const { memberWith, newItem } = mallFixtures(() => table);

const item = async (itemId: string) => (await table.deps.mall.getItem(itemId, true)) as MallItemRecord;
const ordersOf = async (memberId: string) => (await table.deps.mall.memberOrders(memberId, { limit: 100 })).items;
// An error without a domain code shows its message, so a failure says what went wrong.
const codeOf = (error: unknown) => (error as { code?: string }).code ?? String((error as Error)?.message ?? error);

describe('redemption under contention', () => {
  test('stock 20 and 200 members at once: exactly 20 orders, stock 0, only the winners charged, Σ charged = 20 × price', async () => {
    const { itemId } = await newItem({ points: 100, stock: 20 });
    const members: Principal[] = [];
    // Registered a few at a time: DynamoDB Local serializes transactions behind one lock.
    while (members.length < 200)
      members.push(...(await Promise.all(Array.from({ length: 10 }, () => memberWith(300)))));
    // 40 in flight at a time: twice the stock races for it, and DynamoDB Local's one lock does not time out
    // (a 500 "will succeed in actual DynamoDB") as it can with 200 queued behind it on a loaded machine.
    const results: PromiseSettledResult<unknown>[] = [];
    await runPool(members, 40, async (member) => {
      results.push(...(await Promise.allSettled([placeOrder({ itemId, quantity: 1 }, member, T0 + 1000, table.deps)])));
      return true;
    });
    const won = results.filter((result) => result.status === 'fulfilled');
    const refused = results.filter((result) => result.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(20);
    expect(new Set(refused.map((result) => codeOf(result.reason)))).toEqual(new Set(['STOCK_EXHAUSTED']));
    expect(await item(itemId)).toMatchObject({ stock: 0, sold: 20 });
    let charged = 0;
    let orders = 0;
    for (const member of members) {
      const { balance } = await c.checkInvariant(member.memberId!);
      const mine = await ordersOf(member.memberId!);
      orders += mine.length;
      // The first redemption pays the +10 task: a winner holds 300 − 100 + 10.
      expect(balance).toBe(mine.length ? 300 - 100 + 10 : 300);
      charged += 300 - balance + (mine.length ? 10 : 0);
    }
    expect(orders).toBe(20);
    expect(charged).toBe(20 * 100);
  }, 600_000); // a correctness test under contention: 200 registrations and 200 racing orders, slow on a loaded machine

  test('one member, per-member limit 2, 20 parallel orders: 2 orders, the rest LIMIT_REACHED', async () => {
    const { itemId } = await newItem({ points: 10, perMemberLimit: 2 });
    const member = await memberWith(1000);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => placeOrder({ itemId, quantity: 1 }, member, T0 + 2000, table.deps)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2);
    for (const result of results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[])
      expect(codeOf(result.reason)).toBe('LIMIT_REACHED');
    expect(await ordersOf(member.memberId!)).toHaveLength(2);
    expect((await c.checkInvariant(member.memberId!)).balance).toBe(1000 - 20 + 10);
  });
});

describe('refusals write nothing', () => {
  test.each([
    ['POINTS_INSUFFICIENT', { points: 500 }, 499, 1],
    ['LEVEL_TOO_LOW', { minLevel: 'L2' }, 1000, 1],
    ['SALE_NOT_STARTED', { saleFrom: '2026-06-01T00:00:00+08:00' }, 1000, 1],
    ['SALE_ENDED', { saleUntil: '2026-04-30T00:00:00+08:00' }, 1000, 1],
    ['STOCK_EXHAUSTED', { stock: 1 }, 1000, 2],
    ['LIMIT_REACHED', { perOrderLimit: 1 }, 1000, 2],
  ] as const)('%s', async (code, fields, points, quantity) => {
    const { itemId } = await newItem(fields);
    const member = await memberWith(points);
    const before = await table.scanAll();
    await expect(placeOrder({ itemId, quantity }, member, T0 + 3000, table.deps)).rejects.toMatchObject({ code });
    expect(await table.scanAll()).toEqual(before);
  });

  test('a member in debt cannot redeem (POINTS_IN_DEBT), even with points in lots', async () => {
    const { itemId } = await newItem({ points: 10 });
    const member = await memberWith(0);
    await c.adjust(member.memberId!, -50, T0);
    await expect(placeOrder({ itemId, quantity: 1 }, member, T0 + 3000, table.deps)).rejects.toMatchObject({
      code: 'POINTS_IN_DEBT',
    });
  });
});

describe('cancellation and pickup', () => {
  test('points go back to the lots they came from; a lot that expired meanwhile expires at once; stock and count restored', async () => {
    const { itemId } = await newItem({ points: 100, stock: 5, perMemberLimit: 1 });
    // 60 points earned in 2024 (expire 2026-01-01) and 100 in 2025 (expire 2027-01-01).
    const { memberId } = await c.newMember(at('2024-06-01T10:00:00+08:00'));
    await c.adjust(memberId, 60, at('2024-06-01T10:00:00+08:00'));
    await c.adjust(memberId, 100, at('2025-06-01T10:00:00+08:00'));
    const member: Principal = { role: 'member', openid: 'm', memberId };
    const order = await placeOrder({ itemId, quantity: 1 }, member, at('2025-12-20T10:00:00+08:00'), table.deps);
    expect((await item(itemId)).stock).toBe(4);
    const cancelled = await cancelOrder(
      order.orderId,
      'member',
      { kind: 'member', id: 'm' },
      at('2026-01-05T10:00:00+08:00'),
      table.deps,
    );
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'member',
      pointsRestored: 40,
      pointsExpiredOnReturn: 60,
    });
    const { ledger } = await c.state(memberId);
    const tail = ledger
      .filter((entry) => entry.ref?.id === order.orderId || entry.type === 'expire')
      .map((entry) => [entry.type, entry.points]);
    expect(tail).toEqual([
      ['spend', -100],
      ['refund', 100],
      ['expire', -60],
    ]);
    expect((await c.checkInvariant(memberId)).balance).toBe(160 - 100 + 10 + 40);
    expect(await item(itemId)).toMatchObject({ stock: 5, sold: 0 });
    // The count went back too: the member may redeem the one-per-member item again.
    await expect(
      placeOrder({ itemId, quantity: 1 }, member, at('2026-01-06T10:00:00+08:00'), table.deps),
    ).resolves.toMatchObject({ status: 'awaiting_pickup' });
  });

  test('a handed-out order cannot be cancelled or handed out twice; a cancelled one cannot be handed out', async () => {
    const { itemId } = await newItem({ points: 10, stock: 3 });
    const member = await memberWith(100);
    const order = await placeOrder({ itemId, quantity: 1 }, member, T0, table.deps);
    const hands = await Promise.allSettled(
      Array.from({ length: 5 }, () => handOut(order.pickupCode!, staffAt('S002'), T0 + 60_000, table.deps)),
    );
    expect(hands.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of hands.filter((r) => r.status === 'rejected') as PromiseRejectedResult[])
      expect(codeOf(result.reason)).toBe('ORDER_ALREADY_FULFILLED');
    await expect(
      cancelOrder(order.orderId, 'member', { kind: 'member', id: 'm' }, T0 + 120_000, table.deps),
    ).rejects.toMatchObject({ code: 'ORDER_ALREADY_FULFILLED' });
    expect(await table.deps.mall.getOrder(order.orderId)).toMatchObject({
      status: 'completed',
      fulfilledStoreId: 'S002',
    });

    const second = await placeOrder({ itemId, quantity: 1 }, member, T0, table.deps);
    await cancelOrder(second.orderId, 'member', { kind: 'member', id: 'm' }, T0 + 1000, table.deps);
    await expect(handOut(second.pickupCode!, staffAt(), T0 + 2000, table.deps)).rejects.toMatchObject({
      code: 'ORDER_CANCELLED',
    });
  });

  test('cancel and hand-out racing: exactly one wins', async () => {
    const { itemId } = await newItem({ points: 10, stock: 30 });
    for (let round = 0; round < 5; round++) {
      const member = await memberWith(100);
      const order = await placeOrder({ itemId, quantity: 1 }, member, T0, table.deps);
      const [cancel, hand] = await Promise.allSettled([
        cancelOrder(order.orderId, 'member', { kind: 'member', id: 'm' }, T0 + 1000, table.deps),
        handOut(order.pickupCode!, staffAt(), T0 + 1000, table.deps),
      ]);
      const stored = (await table.deps.mall.getOrder(order.orderId))!;
      if (stored.status === 'completed') {
        expect(hand.status).toBe('fulfilled');
        expect(cancel.status).toBe('rejected');
        expect((await c.checkInvariant(member.memberId!)).balance).toBe(100 - 10 + 10);
      } else {
        expect(stored.status).toBe('cancelled');
        expect(cancel.status).toBe('fulfilled');
        expect(hand.status).toBe('rejected');
        expect((await c.checkInvariant(member.memberId!)).balance).toBe(100 + 10);
      }
    }
  });

  test('cancel-stale-orders cancels orders past 30 days once, and a past-deadline code is refused at the counter', async () => {
    const { itemId } = await newItem({ points: 20, stock: 10 });
    const member = await memberWith(100, at('2026-07-01T10:00:00+08:00'));
    const stale = await placeOrder({ itemId, quantity: 2 }, member, at('2026-07-01T10:00:00+08:00'), table.deps);
    const fresh = await placeOrder({ itemId, quantity: 1 }, member, at('2026-07-20T10:00:00+08:00'), table.deps);
    const afterDeadline = at('2026-07-31T10:00:01+08:00');
    await expect(handOut(stale.pickupCode!, staffAt(), afterDeadline, table.deps)).rejects.toMatchObject({
      code: 'PICKUP_EXPIRED',
    });
    // Orders of the other tests (placed in May) are overdue too, so the counts are at least this order's.
    const first = await cancelStaleOrders(afterDeadline, table.deps);
    expect(first.cancelled).toBeGreaterThanOrEqual(1);
    expect(first.pointsRestored).toBeGreaterThanOrEqual(40);
    expect(await cancelStaleOrders(afterDeadline, table.deps)).toMatchObject({ overdue: 0, cancelled: 0 });
    expect(await table.deps.mall.getOrder(stale.orderId)).toMatchObject({
      status: 'cancelled',
      cancelReason: 'expired',
    });
    expect(await table.deps.mall.getOrder(fresh.orderId)).toMatchObject({ status: 'awaiting_pickup' });
    expect(await item(itemId)).toMatchObject({ stock: 9, sold: 1 });
    expect((await c.checkInvariant(member.memberId!)).balance).toBe(100 - 20 + 10);
  });
});

describe('catalog', () => {
  test('stock deltas from the marketer and redemptions in flight are both kept', async () => {
    const { itemId } = await newItem({ points: 1, stock: 50 });
    const members = await Promise.all(Array.from({ length: 20 }, () => memberWith(10)));
    await Promise.all([
      ...members.map((member) => placeOrder({ itemId, quantity: 1 }, member, T0, table.deps)),
      ...Array.from({ length: 5 }, () => updateMallItem(itemId, { stockDelta: 10 }, marketer, T0, table.deps)),
      updateMallItem(itemId, { name: '改名后的商品' }, marketer, T0, table.deps),
    ]);
    expect(await item(itemId)).toMatchObject({ stock: 50 + 50 - 20, sold: 20, name: '改名后的商品' });
    await expect(updateMallItem(itemId, { stockDelta: -81 }, marketer, T0, table.deps)).rejects.toMatchObject({
      code: 'STOCK_EXHAUSTED',
    });
  });

  test('the member list says why each item cannot be redeemed', async () => {
    const cheap = await newItem({ points: 10, category: '目录测试' });
    const dear = await newItem({ points: 10_000, category: '目录测试' });
    const gold = await newItem({ points: 10, minLevel: 'L3', category: '目录测试' });
    const soldOut = await newItem({ points: 10, stock: 0, category: '目录测试' });
    const member = await memberWith(100);
    const list = await listMallItems(member, '目录测试', T0, table.deps);
    const reasons = Object.fromEntries(list.items.map((entry) => [entry.itemId, [entry.redeemable, entry.reason]]));
    expect(reasons).toEqual({
      [cheap.itemId]: [true, null],
      [dear.itemId]: [false, 'POINTS_INSUFFICIENT'],
      [gold.itemId]: [false, 'LEVEL_TOO_LOW'],
      [soldOut.itemId]: [false, 'STOCK_EXHAUSTED'],
    });
    expect(list.categories).toContain('目录测试');
  });
});
