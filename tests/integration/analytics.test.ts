import { addDaysToDate, businessDateOf, homeStoreField, levelField, type DailyFigures } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import type { StreamChange } from '../../functions/src/adapters/dynamodb';
import { aggregateChanges } from '../../functions/src/features/analytics/aggregate';
import { analyticsOverview } from '../../functions/src/features/analytics/analytics-overview/use-case';
import { dailySeries, storeDays } from '../../functions/src/features/analytics/figures';
import { checkIn } from '../../functions/src/features/engagement/check-in/use-case';
import { expirePoints } from '../../functions/src/jobs/expire-points';
import { counter } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { testEnv } from '../support/env';
import { readWholeStream } from '../support/stream';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.drop());

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ZONE = demoProgram.timezone;
const dateOf = (iso: string) => businessDateOf(Date.parse(iso), ZONE);
const add = (into: Map<string, Record<string, number>>, key: string, field: string, amount: number) => {
  const row = into.get(key) ?? {};
  row[field] = (row[field] ?? 0) + amount;
  into.set(key, row);
};

/** The statistics recomputed from the records themselves, independently of the aggregator's rules module. */
function recompute(items: Record<string, any>[]) {
  const days = new Map<string, Record<string, number>>();
  const storesByDay = new Map<string, Record<string, number>>();
  const totals: Record<string, number> = { members: 0, buyers: 0, lotPoints: 0, pointsDebt: 0 };
  const expiring = new Map<string, number>();
  for (const item of items) {
    switch (item.entity) {
      case 'Member':
        add(days, dateOf(item.joinedAt), 'newMembers', 1);
        totals.members! += 1;
        totals.buyers! += item.purchaseCount > 0 ? 1 : 0;
        totals.lotPoints! += item.lotPoints;
        totals.pointsDebt! += item.pointsDebt;
        totals[levelField(item.levelCode)] = (totals[levelField(item.levelCode)] ?? 0) + 1;
        totals[homeStoreField(item.homeStoreId)] = (totals[homeStoreField(item.homeStoreId)] ?? 0) + 1;
        break;
      case 'Checkin':
        add(days, item.date, 'checkins', 1);
        break;
      case 'Purchase':
        add(days, item.businessDate, 'purchases', 1);
        add(days, item.businessDate, 'salesFen', item.payableFen);
        add(storesByDay, `${item.businessDate}#${item.storeId}`, 'purchases', 1);
        add(storesByDay, `${item.businessDate}#${item.storeId}`, 'salesFen', item.payableFen);
        break;
      case 'Refund':
        add(days, item.businessDate, 'refundsFen', item.refundedFen);
        break;
      case 'LedgerEntry': {
        const field = {
          earn: 'pointsIssued',
          bonus: 'pointsIssued',
          adjust: 'pointsIssued',
          reverse: 'pointsIssued',
          spend: 'pointsRedeemed',
          refund: 'pointsRedeemed',
          expire: 'pointsExpired',
        }[item.type as string]!;
        add(days, dateOf(item.at), field, field === 'pointsIssued' ? item.points : -item.points);
        break;
      }
      case 'Lot':
        if (item.expiresAt && !item.expired && item.remaining)
          expiring.set(dateOf(item.expiresAt), (expiring.get(dateOf(item.expiresAt)) ?? 0) + item.remaining);
        break;
    }
  }
  return { days, storesByDay, totals, expiring };
}

const nonZero = (figures: DailyFigures) =>
  Object.entries(figures).filter(([field, value]) => field !== 'date' && value !== 0);

test('after a randomized workload, statistics fed with redelivered, overlapping and concurrent batches equal a recomputation from the records', async () => {
  const c = counter(table);
  const deps = table.deps;
  const next = random(7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  let nowMs = Date.parse('2025-11-01T10:00:00+08:00');
  const members = await Promise.all(
    Array.from({ length: 12 }, async () => {
      const { memberId, memberNo } = await c.newMember(nowMs);
      return { memberId, memberNo, openid: (await deps.members.getById(memberId))!.openid };
    }),
  );
  const purchases: { purchaseId: string; storeId: string }[] = [];
  const tally = { purchase: 0, refund: 0, adjust: 0, checkin: 0, refused: 0 };
  const operation = async (at: number) => {
    const roll = next();
    const member = pick(members);
    try {
      if (roll < 0.5) {
        const storeId = pick(['S001', 'S002', 'S003']);
        const purchase = await c.purchase(member.memberNo, 1500 + Math.floor(next() * 40_000), at, { storeId });
        purchases.push({ purchaseId: purchase.purchaseId, storeId });
        tally.purchase++;
      } else if (roll < 0.62 && purchases.length) {
        const purchase = pick(purchases);
        await c.refund(
          purchase.purchaseId,
          next() < 0.5 ? undefined : 100 + Math.floor(next() * 1000),
          at,
          purchase.storeId,
        );
        tally.refund++;
      } else if (roll < 0.75) {
        await c.adjust(member.memberId, Math.floor(next() * 300) - 100 || 1, at);
        tally.adjust++;
      } else {
        await checkIn({ role: 'member', openid: member.openid, memberId: member.memberId }, at, deps);
        tally.checkin++;
      }
    } catch (error) {
      // Refunds of a fully refunded purchase and a second check-in the same day are refused, as they should be.
      if (
        !['ALREADY_REFUNDED', 'REFUND_EXCEEDS_PAID', 'CHECKIN_ALREADY_DONE'].includes(
          (error as { code?: string }).code ?? '',
        )
      )
        throw error;
      tally.refused++;
    }
  };
  for (let done = 0; done < 200; ) {
    const batch: Promise<unknown>[] = [];
    for (let i = 0; i < 6 && done < 200; i++, done++) {
      nowMs += Math.floor(next() * 110 * 3600_000);
      batch.push(operation(nowMs));
      if (done % 50 === 49) batch.push(expirePoints(nowMs, deps));
    }
    await Promise.all(batch);
  }
  await expirePoints(nowMs, deps);

  // Deliver the stream the way Lambda may: batches of any size, some twice, some overlapping the previous one,
  // one pair of batches racing as two consumers of the same shard, then the whole shard again from the start.
  const stream = await readWholeStream(testEnv.dynamoEndpoint(), table.tableName);
  let deliveries = 0;
  const deliver = async (shardId: string, changes: readonly StreamChange[]) => {
    deliveries++;
    await aggregateChanges(shardId, changes, nowMs, deps);
  };
  for (const [shardId, changes] of stream) {
    let start = 0;
    while (start < changes.length) {
      const end = Math.min(changes.length, start + 1 + Math.floor(next() * 150));
      const overlapFrom = next() < 0.25 ? Math.max(0, start - Math.floor(next() * 40)) : start;
      const batch = changes.slice(overlapFrom, end);
      if (next() < 0.15) await Promise.all([deliver(shardId, batch), deliver(shardId, batch)]);
      else await deliver(shardId, batch);
      if (next() < 0.3) await deliver(shardId, batch);
      start = end;
    }
    const replay = await aggregateChanges(shardId, changes, nowMs, deps);
    // Replaying the whole shard writes nothing (trailing changes without effect may lie past the checkpoint).
    expect(replay.transactions).toBe(0);
    expect(replay.counted).toBe(0);
  }

  const expected = recompute(await table.scanAll());
  const dates = [...expected.days.keys()].sort();
  const from = dates[0]!;
  const to = dates.at(-1)!;
  const rows = await deps.stats.days(from, to);
  const series = dailySeries(rows, from, to).filter((day) => nonZero(day).length > 0);
  expect(series.map((day) => [day.date, Object.fromEntries(nonZero(day))])).toEqual(
    dates
      .map((date) => [
        date,
        Object.fromEntries(Object.entries(expected.days.get(date)!).filter(([, value]) => value !== 0)),
      ])
      .filter(([, figures]) => Object.keys(figures as object).length > 0),
  );
  expect(
    Object.fromEntries(
      storeDays(rows)
        .filter((day) => day.purchases > 0)
        .map((day) => [`${day.date}#${day.storeId}`, { purchases: day.purchases, salesFen: day.salesFen }]),
    ),
  ).toEqual(
    Object.fromEntries(
      [...expected.storesByDay].map(([key, figures]) => [
        key,
        { purchases: figures.purchases, salesFen: figures.salesFen },
      ]),
    ),
  );
  const totals = await deps.stats.totals();
  expect(Object.fromEntries(Object.entries(totals).filter(([, value]) => value !== 0))).toEqual(
    Object.fromEntries(Object.entries(expected.totals).filter(([, value]) => value !== 0)),
  );
  const due = await deps.stats.expiring('2000-01-01', '2100-01-01');
  expect(Object.fromEntries([...due].filter(([, points]) => points !== 0))).toEqual(
    Object.fromEntries(expected.expiring),
  );

  const lastYear = addDaysToDate(to, -365);
  const overview = await analyticsOverview({ from: lastYear, to }, nowMs, deps);
  expect(overview.members.total).toBe(expected.totals.members);
  expect(overview.points.outstanding).toBe(expected.totals.lotPoints);
  expect(overview.daily.reduce((sum, day) => sum + day.salesFen, 0)).toBe(
    [...expected.days].filter(([date]) => date >= lastYear).reduce((sum, [, day]) => sum + (day.salesFen ?? 0), 0),
  );
  expect(tally.purchase).toBeGreaterThan(70);
  expect(tally.checkin).toBeGreaterThan(20);
  expect([...expected.days.values()].some((day) => (day.pointsExpired ?? 0) > 0)).toBe(true);
  process.stdout.write(
    `analytics: ${JSON.stringify(tally)}, ${[...stream.values()].reduce((n, changes) => n + changes.length, 0)} changes in ${stream.size} shard(s), ${deliveries} deliveries\n`,
  );
}, 900_000);
