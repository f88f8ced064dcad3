import { addDaysToDate, businessDateOf, segmentCodes } from '@app/shared';
import { aggregateChanges } from '../../functions/src/features/analytics/aggregate';
import { analyticsOverview } from '../../functions/src/features/analytics/analytics-overview/use-case';
import { demoProgram } from '../../infra/seed/demo-program';
import { seedDemoHistory } from '../../infra/seed/demo-history/run';
import { createTestTable, type TestTable } from '../support/dynamo';
import { testEnv } from '../support/env';
import { readWholeStream } from '../support/stream';

const NOW = Date.parse('2026-12-06T11:30:00+08:00');
/** The generator of `npm start` at a quarter of its size: the same rules, a test that fits the suite. */
const MEMBERS = 50;

/** The aggregator's part, as the local stack's stream reader does it: every change so far, counted once. */
async function countStream(table: TestTable) {
  for (const [shardId, changes] of await readWholeStream(testEnv.dynamoEndpoint(), table.tableName))
    for (let start = 0; start < changes.length; start += 500)
      await aggregateChanges(shardId, changes.slice(start, start + 500), NOW, table.deps);
}

describe('the demo history', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
  });
  afterAll(() => table.drop());

  test('after seeding, the dashboard shows 90 days of non-flat series, every store, a finished campaign and non-empty segments; a second run writes nothing', async () => {
    const summary = await seedDemoHistory(table.config, table.db, {
      nowMs: NOW,
      members: MEMBERS,
      drainStatistics: () => countStream(table),
    });
    expect(summary).toMatchObject({ members: MEMBERS, skipped: false });
    expect(summary.purchases).toBeGreaterThan(150);
    expect(summary.checkins).toBeGreaterThan(80);
    expect(summary.couponsUsed).toBeGreaterThan(10);
    expect(summary.topups).toBeGreaterThan(0);
    expect(summary.orders).toBeGreaterThan(0);

    const today = businessDateOf(NOW, demoProgram.timezone);
    const overview = await analyticsOverview({ from: addDaysToDate(today, -89), to: today }, NOW, table.deps);
    expect(overview.daily).toHaveLength(90);
    const sales = overview.daily.map((day) => day.salesFen);
    expect(sales.filter((fen) => fen > 0).length).toBeGreaterThanOrEqual(60);
    expect(new Set(sales).size).toBeGreaterThan(45); // not flat
    expect(overview.daily.filter((day) => day.checkins > 0).length).toBeGreaterThanOrEqual(45);
    expect(overview.daily.filter((day) => day.newMembers > 0).length).toBeGreaterThanOrEqual(15);
    expect(overview.daily.some((day) => day.pointsRedeemed > 0)).toBe(true);
    expect(overview.members.total).toBeGreaterThanOrEqual(MEMBERS);
    expect(overview.members.byLevel.filter((level) => level.count > 0).length).toBe(3);
    for (const store of overview.stores.filter((store) => store.storeId.startsWith('S')))
      expect(store.purchases).toBeGreaterThan(10);

    const campaigns = (await table.deps.coupons.campaigns(10)).items;
    expect(campaigns.find((campaign) => campaign.kind === 'push')).toMatchObject({ status: 'completed' });
    const held = await Promise.all(
      segmentCodes.map(async (code) => [
        code,
        (await table.deps.stats.tagHolders(`segment:${code}`, 1)).memberIds.length,
      ]),
    );
    expect(held.filter(([, count]) => count === 1).length).toBeGreaterThanOrEqual(5);
    expect(Object.fromEntries(held)).toMatchObject({ returning: 1, loyal: 1, 'big-spender': 1 });

    expect(await seedDemoHistory(table.config, table.db, { nowMs: NOW, members: MEMBERS })).toMatchObject({
      skipped: true,
    });
  }, 400_000);
});
