import { createDocumentClient } from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import { placeOrder } from '../../functions/src/features/mall/place-order/use-case';
import { updateMallItem } from '../../functions/src/features/mall/update-mall-item/use-case';
import { meterClient } from '../bench/dynamo-meter';
import { marketer } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { mallFixtures, T0 } from '../support/mall-fixtures';

/** What a redemption reads, and that an item held by a container never outlives an edit made by another. */
let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.drop());

const { memberWith, newItem } = mallFixtures(() => table);

test('a warm redemption reads the member only (its lots are named on it); an edit elsewhere is seen by the next order', async () => {
  const db = createDocumentClient();
  const meter = meterClient(db);
  const deps = createAppDeps(table.config, db); // one container: it holds the items it has read
  try {
    const { itemId } = await newItem({ points: 100, stock: 10, perMemberLimit: 1 });
    const [warm, member, later, again] = [
      await memberWith(1000),
      await memberWith(1000),
      await memberWith(1000),
      await memberWith(1000),
    ];
    await placeOrder({ itemId, quantity: 1 }, warm, T0, deps); // settings, the item
    meter.reset();
    await placeOrder({ itemId, quantity: 1 }, member, T0, deps);
    expect(meter.totals).toMatchObject({ reads: 1, transactions: 1, cancelledTransactions: 0 });
    expect(meter.readsPer(1)).not.toMatch(/MALL|ITEMCOUNT/);

    // The per-member limit is the count's condition: a second order is refused with the member's count.
    await expect(placeOrder({ itemId, quantity: 1 }, member, T0, deps)).rejects.toMatchObject({
      code: 'LIMIT_REACHED',
      details: { redeemed: 1, perMemberLimit: 1 },
    });

    // Another container raises the price: this one's held item fails the write's check and is read afresh.
    await updateMallItem(itemId, { points: 900 }, marketer, T0, table.deps);
    const order = await placeOrder({ itemId, quantity: 1 }, later, T0, deps);
    expect(order).toMatchObject({ points: 900 });
    await updateMallItem(itemId, { stockDelta: -7 }, marketer, T0, table.deps);
    await expect(placeOrder({ itemId, quantity: 1 }, again, T0, deps)).rejects.toMatchObject({
      code: 'STOCK_EXHAUSTED',
    });
    expect(await table.deps.mall.getItem(itemId, true)).toMatchObject({ stock: 0, sold: 3 });
  } finally {
    db.destroy();
  }
});
