import { addDaysToDate, businessDateOf } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import type { Principal } from '../../functions/src/http/route';
import { aggregateChanges } from '../../functions/src/features/analytics/aggregate';
import { salesAnalytics } from '../../functions/src/features/analytics/analytics-sales/use-case';
import { exportReport } from '../../functions/src/features/analytics/analytics-export/use-case';
import { recordPurchase } from '../../functions/src/features/counter/record-purchase/use-case';
import { refundPurchase } from '../../functions/src/features/counter/refund-purchase/use-case';
import { refreshSegments } from '../../functions/src/jobs/refresh-segments';
import { counter, nextReceipt } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { testEnv } from '../support/env';
import { readWholeStream } from '../support/stream';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ZONE = demoProgram.timezone;
const SKUS = ['LATTE', 'AMERICANO', '可颂', '燕麦拿铁', 'COLD-BREW', '蓝莓司康'];
const STAFF: (Principal & { storeId: string })[] = ['S001', 'S001', 'S002', 'S002', 'S003'].map((storeId, index) => ({
  role: 'staff',
  openid: `sales-staff-${index}`,
  storeId,
}));

/** Delivers a table's whole stream to the aggregator the way Lambda may: uneven batches, some twice, some racing. */
async function aggregateStream(table: TestTable, nowMs: number, next: () => number) {
  const stream = await readWholeStream(testEnv.dynamoEndpoint(), table.tableName);
  for (const [shardId, changes] of stream) {
    for (let start = 0; start < changes.length; ) {
      const end = Math.min(changes.length, start + 1 + Math.floor(next() * 120));
      const batch = changes.slice(next() < 0.25 ? Math.max(0, start - 30) : start, end);
      if (next() < 0.2)
        await Promise.all([
          aggregateChanges(shardId, batch, nowMs, table.deps),
          aggregateChanges(shardId, batch, nowMs, table.deps),
        ]);
      else await aggregateChanges(shardId, batch, nowMs, table.deps);
      if (next() < 0.2) await aggregateChanges(shardId, batch, nowMs, table.deps);
      start = end;
    }
  }
}

async function openAccounts(table: TestTable) {
  for (const staff of STAFF)
    await table.deps.accounts.createAccount({
      role: 'staff',
      openid: staff.openid,
      storeId: staff.storeId,
      createdAt: new Date().toISOString(),
      createdBy: 'test:sales',
    });
}

describe('sales analytics from the change stream', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
    await openAccounts(table);
  });
  afterAll(() => table.drop());

  test('after a randomized workload, figures by SKU, store, staff member and home store equal a recomputation from the records', async () => {
    const deps = table.deps;
    const c = counter(table);
    const next = random(19);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    let nowMs = Date.parse('2026-10-01T10:00:00+08:00');
    const members = await Promise.all(Array.from({ length: 10 }, () => c.newMember(nowMs)));
    const sold: { purchaseId: string; storeId: string }[] = [];
    const tally = { purchase: 0, refund: 0, refused: 0 };
    for (let done = 0; done < 160; done++) {
      nowMs += Math.floor(next() * 9 * 3600_000);
      const staff = pick(STAFF);
      try {
        if (next() < 0.8 || sold.length === 0) {
          const items = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
            sku: pick(SKUS),
            quantity: 1 + Math.floor(next() * 3),
            unitPriceFen: 800 + Math.floor(next() * 30) * 50,
          }));
          const amountFen = items.reduce((sum, line) => sum + line.quantity * line.unitPriceFen, 0);
          const member = pick(members);
          const purchase = await recordPurchase(
            { memberCode: c.code(member.memberNo, nowMs), receiptNo: nextReceipt(), amountFen, items },
            staff,
            nowMs,
            deps,
          );
          sold.push({ purchaseId: purchase.purchaseId, storeId: staff.storeId });
          tally.purchase++;
        } else {
          const purchase = pick(sold);
          const refunder = pick(STAFF.filter((one) => one.storeId === purchase.storeId));
          await refundPurchase(purchase.purchaseId, next() < 0.5 ? undefined : 300, refunder, nowMs, deps);
          tally.refund++;
        }
      } catch (error) {
        if (!['ALREADY_REFUNDED', 'REFUND_EXCEEDS_PAID'].includes((error as { code?: string }).code ?? '')) throw error;
        tally.refused++;
      }
    }
    await aggregateStream(table, nowMs, next);

    // The recomputation reads the records themselves, not the aggregator's rules.
    const items = await table.scanAll();
    const skus = new Map<string, { quantity: number; revenueFen: number }>();
    const staff = new Map<string, { purchases: number; salesFen: number; refunds: number; refundsFen: number }>();
    const stores = new Map<string, { purchases: number; salesFen: number; refundsFen: number }>();
    const home = new Map<string, number>();
    const staffRow = (key: string) => staff.get(key) ?? { purchases: 0, salesFen: 0, refunds: 0, refundsFen: 0 };
    const storeRow = (key: string) => stores.get(key) ?? { purchases: 0, salesFen: 0, refundsFen: 0 };
    for (const item of items) {
      if (item.entity === 'Purchase') {
        for (const line of item.items) {
          const row = skus.get(line.sku) ?? { quantity: 0, revenueFen: 0 };
          skus.set(line.sku, {
            quantity: row.quantity + line.quantity,
            revenueFen: row.revenueFen + line.quantity * line.unitPriceFen,
          });
        }
        const row = staffRow(`${item.storeId}#${item.by}`);
        staff.set(`${item.storeId}#${item.by}`, {
          ...row,
          purchases: row.purchases + 1,
          salesFen: row.salesFen + item.payableFen,
        });
        const store = storeRow(item.storeId);
        stores.set(item.storeId, {
          ...store,
          purchases: store.purchases + 1,
          salesFen: store.salesFen + item.payableFen,
        });
      } else if (item.entity === 'Refund') {
        const row = staffRow(`${item.storeId}#${item.by}`);
        staff.set(`${item.storeId}#${item.by}`, {
          ...row,
          refunds: row.refunds + 1,
          refundsFen: row.refundsFen + item.refundedFen,
        });
        const store = storeRow(item.storeId);
        stores.set(item.storeId, { ...store, refundsFen: store.refundsFen + item.refundedFen });
      } else if (item.entity === 'Member') {
        home.set(item.homeStoreId ?? '-', (home.get(item.homeStoreId ?? '-') ?? 0) + 1);
      }
    }

    const from = '2026-09-01';
    const to = businessDateOf(nowMs, ZONE);
    const answer = await salesAnalytics({ from, to }, nowMs, deps);
    const total = [...skus.values()].reduce((sum, sku) => sum + sku.revenueFen, 0);
    expect(
      Object.fromEntries(answer.skus.map(({ sku, quantity, revenueFen }) => [sku, { quantity, revenueFen }])),
    ).toEqual(Object.fromEntries(skus));
    for (const sku of answer.skus) expect(sku.share).toBeCloseTo(sku.revenueFen / total, 4);
    expect(answer.skus.map((sku) => sku.revenueFen)).toEqual(
      [...answer.skus.map((sku) => sku.revenueFen)].sort((a, b) => b - a),
    );
    expect(
      Object.fromEntries(
        answer.staff.map(({ storeId, staffId, purchases, salesFen, refunds, refundsFen }) => [
          `${storeId}#${staffId}`,
          { purchases, salesFen, refunds, refundsFen },
        ]),
      ),
    ).toEqual(Object.fromEntries(staff));
    expect(answer.staff.map((row) => row.rank)).toEqual(answer.staff.map((_, index) => index + 1));
    expect(answer.staff[0]!.salesFen).toBe(Math.max(...[...staff.values()].map((row) => row.salesFen)));
    expect(
      Object.fromEntries(
        answer.stores
          .filter((store) => store.purchases || store.refundsFen)
          .map(({ storeId, purchases, salesFen, refundsFen }) => [storeId, { purchases, salesFen, refundsFen }]),
      ),
    ).toEqual(Object.fromEntries(stores));
    expect(
      Object.fromEntries([
        ...answer.stores.filter((store) => store.homeMembers).map((store) => [store.storeId, store.homeMembers]),
        ...(answer.homeStores.unknown ? [['-', answer.homeStores.unknown]] : []),
      ]),
    ).toEqual(Object.fromEntries(home));
    expect(answer.homeStores.total).toBe(items.filter((item) => item.entity === 'Member').length);

    const csv = (await exportReport({ report: 'skus', from, to }, nowMs, deps)).content;
    expect(csv.split('\n').filter(Boolean)).toHaveLength(skus.size + 1);
    expect(tally.purchase).toBeGreaterThan(100);
    expect(tally.refund).toBeGreaterThan(10);
    process.stdout.write(`sales analytics: ${JSON.stringify(tally)}, ${skus.size} SKUs, ${staff.size} staff\n`);
  }, 600_000);
});

describe('消费预警 from the stream, at its boundary', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
    await openAccounts(table);
  });
  afterAll(() => table.drop());

  test('members whose last-90-day spend fell by more than half are listed: 51 % yes, 50 % and 49 % no', async () => {
    const deps = table.deps;
    const c = counter(table);
    const nowMs = Date.parse('2026-11-30T12:00:00+08:00');
    const today = businessDateOf(nowMs, ZONE);
    const at = (daysAgo: number) => Date.parse(`${addDaysToDate(today, -daysAgo)}T11:00:00+08:00`);
    const buy = (memberNo: string, fen: number, daysAgo: number) =>
      recordPurchase(
        { memberCode: c.code(memberNo, at(daysAgo)), receiptNo: nextReceipt(), amountFen: fen },
        STAFF[0]!,
        at(daysAgo),
        deps,
      );
    const cases = { drop49: 5100, drop50: 5000, drop51: 4900, stopped: 0, steady: 10_000 } as const;
    const members: Record<string, string> = {};
    for (const [name, recentFen] of Object.entries(cases)) {
      const member = await c.newMember(at(200));
      members[name] = member.memberId;
      // 100 元 in the earlier window (its first and last day), the recent spend on the recent window's edges.
      await buy(member.memberNo, 6000, 179);
      await buy(member.memberNo, 4000, 90);
      if (recentFen) {
        await buy(member.memberNo, recentFen - 1000, 89);
        await buy(member.memberNo, 1000, 0);
      }
    }
    // A refund in the recent window lowers its spend: 5,200 − 300 = 4,900 of 10,000 is a 51 % drop.
    const refunded = await c.newMember(at(200));
    members.refunded = refunded.memberId;
    await buy(refunded.memberNo, 10_000, 120);
    const recent = await buy(refunded.memberNo, 5200, 30);
    await refundPurchase(recent.purchaseId, 300, STAFF[0]!, at(20), deps);

    await aggregateStream(table, nowMs, random(5));
    await refreshSegments(nowMs, deps);
    const { spendDrop } = await salesAnalytics({}, nowMs, deps);
    const listed = new Map(spendDrop.sample.map((member) => [member.memberId, member]));
    expect([...listed.keys()].sort()).toEqual([members.drop51, members.stopped, members.refunded].sort());
    expect(spendDrop.count).toBe(3);
    expect(listed.get(members.drop51!)).toMatchObject({ previousFen: 10_000, recentFen: 4900, dropShare: 0.51 });
    expect(listed.get(members.stopped!)).toMatchObject({ previousFen: 10_000, recentFen: 0, dropShare: 1 });
    expect(listed.get(members.refunded!)).toMatchObject({ previousFen: 10_000, recentFen: 4900 });
    expect(spendDrop.audience).toEqual({ segments: ['spend-drop'] });
    const csv = (await exportReport({ report: 'spend-drop' }, nowMs, deps)).content;
    expect(csv.split('\n').filter(Boolean)).toHaveLength(4);
  }, 300_000);
});
