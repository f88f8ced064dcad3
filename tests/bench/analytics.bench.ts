/**
 * `npm run bench -- analytics`: the dashboard over 100,000 members and 1,000,000 ledger entries, and the stream
 * aggregator's lag behind the purchase bench's write rate.
 *
 * 5,000 members are written to the table (their stream feeds the local aggregator, as in production, and they
 * make the churn segment the dashboard reads); the other 95,000 members and the 1,000,000 ledger entries are
 * handed to the aggregator as the stream records they would produce, in stream (time) order. The overview never
 * reads members or ledger entries, only the aggregates they add up to, and writing 1.1 million items into
 * DynamoDB Local would take hours on this machine without changing what is measured.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { addDaysToDate, businessDateOf, statImageOf } from '@app/shared';
import { keys, type StreamChange } from '../../functions/src/adapters/dynamodb';
import { aggregateChanges } from '../../functions/src/features/analytics/aggregate';
import { analyticsOverview } from '../../functions/src/features/analytics/analytics-overview/use-case';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { recordPurchase } from '../../functions/src/features/counter/record-purchase/use-case';
import { withBenchStack } from './bench-stack';
import { bulkMembers } from './bulk-members';
import { measure, printTable } from './measure';

const MEMBERS = 100_000;
const WRITTEN_MEMBERS = 5_000;
const LEDGER_ENTRIES = 1_000_000;
const LEDGER_SHARDS = 4;
const BATCH = 1000;
const CHURN_TAGGED = 5_000;
const PURCHASES = 2000;
const CONCURRENCY = 8;
const ZONE = 'Asia/Shanghai';

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out waiting for the aggregator');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.now() - started;
}

export async function benchAnalytics(): Promise<void> {
  await withBenchStack(
    async ({ db, meter, deps, table }) => {
      const now = Date.now();
      const today = businessDateOf(now, ZONE);
      const membersBefore = (await deps.stats.totals()).members ?? 0;

      // 1. 5,000 members through the table and its stream, 95,000 more as their stream records.
      const t0 = performance.now();
      const members = await bulkMembers(db, table, 'an', WRITTEN_MEMBERS);
      const writeSeconds = (performance.now() - t0) / 1000;
      const caughtUpMs = await waitFor(
        async () => ((await deps.stats.totals()).members ?? 0) >= membersBefore + WRITTEN_MEMBERS,
        1_800_000,
      );
      process.stdout.write(
        `members: ${WRITTEN_MEMBERS} written in ${writeSeconds.toFixed(1)} s (${(WRITTEN_MEMBERS / writeSeconds).toFixed(0)}/s); the stream aggregator counted the last one ${(caughtUpMs / 1000).toFixed(1)} s after the writes ended\n`,
      );
      const synthetic: StreamChange[] = Array.from({ length: MEMBERS - WRITTEN_MEMBERS }, (_, i) => ({
        sequenceNumber: String(1_000_000_000 + i),
        old: null,
        new: {
          ...members[i % WRITTEN_MEMBERS]!,
          entity: 'Member',
          memberId: `syn${i}`,
          joinedAt: new Date(now - (MEMBERS - i) * 315_000).toISOString(),
          levelCode: ['L1', 'L1', 'L1', 'L2', 'L3'][i % 5]!,
        },
      }));
      const tm = performance.now();
      for (let i = 0; i < synthetic.length; i += BATCH)
        await aggregateChanges('bench-members', synthetic.slice(i, i + BATCH), now, deps);
      process.stdout.write(
        `members: ${synthetic.length} more aggregated as stream records in ${((performance.now() - tm) / 1000).toFixed(1)} s\n`,
      );

      // A churn segment of 5,000 members, so the dashboard's churn block reads a real index.
      const tags = members.slice(0, CHURN_TAGGED).map((member) => ({
        PutRequest: {
          Item: {
            ...keys.memberTag(member.memberId, 'segment:churn-risk'),
            ...keys.tagIndex('segment:churn-risk', member.memberId),
            entity: 'Tag',
            memberId: member.memberId,
          },
        },
      }));
      for (let i = 0; i < tags.length; i += 25)
        await db.send(new BatchWriteCommand({ RequestItems: { [table]: tags.slice(i, i + 25) } }));

      // 2. 1,000,000 ledger entries over the last year, from four stream shards, in batches of 1,000.
      const types = ['earn', 'earn', 'earn', 'spend', 'spend', 'bonus', 'adjust', 'expire', 'reverse'] as const;
      const pointsOf = (type: (typeof types)[number], i: number) =>
        (['spend', 'expire', 'reverse'].includes(type) ? -1 : 1) * (5 + (i % 300));
      const t1 = performance.now();
      let transactions = 0;
      for (let start = 0; start < LEDGER_ENTRIES; start += BATCH * LEDGER_SHARDS) {
        await Promise.all(
          Array.from({ length: LEDGER_SHARDS }, async (_, shard) => {
            const changes: StreamChange[] = [];
            for (let i = start + shard * BATCH; i < Math.min(LEDGER_ENTRIES, start + (shard + 1) * BATCH); i++) {
              const type = types[i % types.length]!;
              // In stream order, as a real stream delivers them: a batch spans about a day of the year.
              const at = new Date(
                now - 365 * 86_400_000 + Math.floor((i / LEDGER_ENTRIES) * 365 * 86_400_000),
              ).toISOString();
              changes.push({
                sequenceNumber: String(1_000_000_000 + i),
                old: null,
                new: statImageOf({
                  entity: 'LedgerEntry',
                  type,
                  points: pointsOf(type, i),
                  at,
                  by:
                    i % 3 === 0
                      ? { kind: 'staff', id: 'x', storeId: `S00${1 + (i % 3)}` }
                      : { kind: 'member', id: 'y' },
                }),
              });
            }
            transactions += (await aggregateChanges(`bench-ledger-${shard}`, changes, now, deps)).transactions;
          }),
        );
      }
      const ledgerSeconds = (performance.now() - t1) / 1000;
      process.stdout.write(
        `ledger: ${LEDGER_ENTRIES} entries aggregated in ${ledgerSeconds.toFixed(1)} s (${(LEDGER_ENTRIES / ledgerSeconds).toFixed(0)}/s, ${transactions} transactions)\n`,
      );

      // 3. The overview, in-process, for 30 days and for a year.
      meter.reset();
      const month = await measure('overview, last 30 days', 60, 1, () => analyticsOverview({}, now, deps));
      const requestsPerOverview = meter.totals.requests / 60;
      const year = await measure('overview, last 365 days', 30, 1, () =>
        analyticsOverview({ from: addDaysToDate(today, -364), to: today }, now, deps),
      );
      const busy = await measure('overview, 30 days, 8 clients', 120, CONCURRENCY, () =>
        analyticsOverview({}, now, deps),
      );
      printTable([month, year, busy]);
      const overview = await analyticsOverview({ from: addDaysToDate(today, -364), to: today }, now, deps);
      process.stdout.write(
        `overview figures: ${overview.members.total} members, ${overview.points.issued} issued / ${overview.points.redeemed} redeemed / ${overview.points.expired} expired points over the year, churn ${overview.churn.count}; ${requestsPerOverview.toFixed(1)} DynamoDB requests per overview\n`,
      );

      // 4. Lag: the purchase bench's load while the local stream aggregator follows the table.
      const buyers: string[] = [];
      for (let i = 0; i < 200; i++) {
        const { memberId } = await signIn({ code: `dev:lag-${now}-${i}` }, now, deps);
        buyers.push((await deps.members.getById(memberId!))!.memberNo);
      }
      const countedPurchases = async () =>
        (await deps.stats.days(today, today)).reduce((sum, row) => sum + (row.figures.purchases ?? 0), 0);
      const baseline = await countedPurchases();
      const doneAt: number[] = [];
      const lags: number[] = [];
      let sampling = true;
      const sampler = (async () => {
        while (sampling || lags.length < doneAt.length) {
          const counted = (await countedPurchases()) - baseline;
          const seenAt = performance.now();
          while (lags.length < Math.min(counted, doneAt.length)) lags.push(seenAt - doneAt[lags.length]!);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();
      const staff = { role: 'staff' as const, openid: 'staff-s001', storeId: 'S001' };
      const purchases = await measure('purchases (aggregator following)', PURCHASES, CONCURRENCY, async (i) => {
        const memberNo = buyers[i % buyers.length]!;
        await recordPurchase(
          {
            memberCode: deps.memberCodes.issue(memberNo, Date.now(), 60).code,
            receiptNo: `LAG${now}${i}`,
            amountFen: 1500 + ((i * 7919) % 4000),
          },
          staff,
          Date.now(),
          deps,
        );
        doneAt.push(performance.now());
      });
      sampling = false;
      await sampler;
      lags.sort((a, b) => a - b);
      const pick = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))] ?? 0;
      printTable([purchases]);
      process.stdout.write(
        `aggregator lag behind ${purchases.throughput.toFixed(0)} purchases/s: median ${(pick(0.5) / 1000).toFixed(2)} s, p95 ${(pick(0.95) / 1000).toFixed(2)} s, max ${(pick(1) / 1000).toFixed(2)} s (${lags.length} purchases counted)\n`,
      );
    },
    { streams: true },
  );
}
