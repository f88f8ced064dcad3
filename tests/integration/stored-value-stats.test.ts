import { businessDateOf, type StoredValueOverview } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import { aggregateChanges } from '../../functions/src/features/analytics/aggregate';
import { analyticsOverview } from '../../functions/src/features/analytics/analytics-overview/use-case';
import { refundPurchase } from '../../functions/src/features/counter/refund-purchase/use-case';
import { counter, staffAt } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { testEnv } from '../support/env';
import { startPayStack } from '../support/pay-stack';
import { readWholeStream } from '../support/stream';
import { walletOperations } from '../support/wallet-operations';

let table: TestTable;
let stack: Awaited<ReturnType<typeof startPayStack>>;
beforeAll(async () => {
  table = await createTestTable();
  stack = await startPayStack(table);
  await stack.controls.configure({ retryScheduleMs: [200, 500], refundSettleMs: 100 });
}, 600_000);
afterAll(async () => {
  await stack?.controls.settled(30_000);
  await stack?.stop();
  await table?.drop();
});

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ZONE = demoProgram.timezone;
type Figures = StoredValueOverview['topups'];
const none = (): Figures => ({ count: 0, payFen: 0, bonusFen: 0, refunds: 0, refundFen: 0 });

/** Every batch of the stream counted in order, one of them delivered a second time. */
async function aggregateAll(nowMs: number) {
  for (const [shardId, changes] of await readWholeStream(testEnv.dynamoEndpoint(), table.tableName)) {
    for (let start = 0; start < changes.length; start += 40) {
      const batch = changes.slice(start, start + 40);
      await aggregateChanges(shardId, batch, nowMs, stack.deps);
      if (start === 40) await aggregateChanges(shardId, batch, nowMs, stack.deps);
    }
  }
}

test('the dashboard’s stored value equals a recomputation from the wallets and the top-ups', async () => {
  const c = counter(table);
  const next = random(16);
  const startMs = Date.now() - 3 * 86_400_000;
  let nowMs = startMs;
  const members = await Promise.all(Array.from({ length: 6 }, () => c.newMember(nowMs)));
  const purchases: { purchaseId: string; memberId: string; payableFen: number; refundedFen: number }[] = [];
  const wallet = walletOperations(stack, c, next, purchases);
  let purchaseRefunds = 0;
  for (let done = 0; done < 70; done++) {
    nowMs = Math.min(Date.now(), nowMs + Math.floor(next() * 3 * 3600_000));
    const unrefunded = purchases.filter((purchase) => purchase.refundedFen === 0);
    if (next() < 0.1 && unrefunded.length) {
      const purchase = unrefunded[Math.floor(next() * unrefunded.length)]!;
      await refundPurchase(purchase.purchaseId, undefined, staffAt('S001'), nowMs, stack.deps);
      purchase.refundedFen = purchase.payableFen;
      purchaseRefunds++;
    } else await wallet.run(members[Math.floor(next() * members.length)]!, nowMs);
  }
  await stack.controls.settled(30_000);
  expect(wallet.tally.counterTopup + wallet.tally.onlineTopup).toBeGreaterThan(10);
  expect(wallet.tally.walletPay).toBeGreaterThan(10);
  expect(wallet.tally.topupRefund + purchaseRefunds).toBeGreaterThan(2);
  await aggregateAll(Date.now());

  const from = businessDateOf(startMs, ZONE);
  const to = businessDateOf(Date.now() + 86_400_000, ZONE);
  const { storedValue } = await analyticsOverview({ from, to }, Date.now(), stack.deps);

  // The recomputation reads the records themselves: members' wallets, their lots, and the top-ups.
  const items = await table.scanAll();
  const sum = (entity: string, field: string) =>
    items.filter((item) => item.entity === entity).reduce((total, item) => total + (item[field] as number), 0);
  expect(storedValue.principalFen).toBe(sum('Member', 'walletPrincipalFen'));
  expect(storedValue.bonusFen).toBe(sum('Member', 'walletBonusFen'));
  expect(storedValue.principalFen).toBe(sum('WalletLot', 'principalFen'));
  expect(storedValue.bonusFen).toBe(sum('WalletLot', 'bonusFen'));
  expect(storedValue.principalFen).toBeGreaterThan(0);

  const all = none();
  const byDate = new Map<string, Figures>();
  const byStore = new Map<string, Figures>();
  const byChannel = new Map<string, Figures>();
  const into = (map: Map<string, Figures>, key: string) => map.get(key) ?? map.set(key, none()).get(key)!;
  for (const topup of items.filter((item) => item.entity === 'Topup')) {
    const store = (topup.storeId as string | null) ?? '-';
    const rows = (date: string) => [all, into(byDate, date), into(byStore, store), into(byChannel, topup.channel)];
    if (topup.status === 'paid' || topup.status === 'refunded')
      for (const row of rows(businessDateOf(Date.parse(topup.paidAt), ZONE))) {
        row.count += 1;
        row.payFen += topup.payFen;
        row.bonusFen += topup.bonusFen;
      }
    if (topup.refund)
      for (const row of rows(businessDateOf(Date.parse(topup.refund.at), ZONE))) {
        row.refunds += 1;
        row.refundFen += topup.refund.principalFen;
      }
  }
  const nonZero = (figures: Figures) => Object.values(figures).some((value) => value !== 0);
  expect(storedValue.topups).toEqual(all);
  expect(all.refunds).toBeGreaterThan(0); // the tally counts a repeated refund of the same top-up too
  expect(
    Object.fromEntries(
      storedValue.daily
        .map(({ date, ...figures }) => [date, figures] as const)
        .filter(([, figures]) => nonZero(figures)),
    ),
  ).toEqual(Object.fromEntries([...byDate].filter(([, figures]) => nonZero(figures))));
  expect(
    Object.fromEntries(storedValue.stores.map(({ storeId, name: _name, ...figures }) => [storeId, figures])),
  ).toEqual(Object.fromEntries([...byStore].filter(([, figures]) => nonZero(figures))));
  expect(storedValue.stores.find((store) => store.storeId === '-')?.name).toBe('线上（微信支付）');
  for (const channel of storedValue.channels)
    expect(channel).toEqual({ channel: channel.channel, ...(byChannel.get(channel.channel) ?? none()) });
}, 600_000);
