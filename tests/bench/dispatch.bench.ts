/**
 * `npm run bench -- dispatch`: a push campaign to an audience of 100,000 members — the dispatch worker over the 16
 * directory shards, 4 workers at a time (as the queue runs it when deployed) — beside raw BatchWriteItem and raw
 * TransactWriteItems (99 conditional puts each) of the same coupon items in the same run.
 */
import { BatchWriteCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { keys, MEMBER_DIRECTORY_SHARDS } from '../../functions/src/adapters/dynamodb';
import { createCampaign } from '../../functions/src/features/coupons/create-campaign/use-case';
import { dispatchShards } from '../../functions/src/features/coupons/dispatch';
import { couponFromTemplate } from '../../functions/src/features/coupons/issue';
import { withBenchStack } from './bench-stack';
import { bulkMembers } from './bulk-members';

const AUDIENCE = Number(process.env.BENCH_AUDIENCE ?? 100_000);
const WRITERS = 4;
const marketer = { role: 'marketer' as const, openid: 'bench' };

export async function benchDispatch(): Promise<void> {
  await withBenchStack(async ({ db, meter, deps, table }) => {
    const now = Date.now();
    process.stdout.write(`writing ${AUDIENCE} members…\n`);
    let t0 = performance.now();
    const members = await bulkMembers(db, table, 'PUSH', AUDIENCE);
    process.stdout.write(`  ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    const template = (await deps.coupons.template('tpl-upgrade-l2'))!;
    const settings = await deps.programAt(now);
    const coupons = members.map((member) =>
      couponFromTemplate(template, {
        member,
        couponId: 'c-raw',
        source: 'campaign',
        sourceId: 'raw',
        campaignId: 'raw',
        nowMs: now,
        timeZone: settings.timezone,
      }),
    );

    // DynamoDB Local serializes writes behind one lock: more than a few writers in flight only time out on it.
    const parallel = async (chunks: number, work: (chunk: number) => Promise<void>) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          while (next < chunks) await work(next++);
        }),
      );
    };
    t0 = performance.now();
    await parallel(Math.ceil(coupons.length / 25), async (chunk) => {
      let request: Record<string, unknown[]> | undefined = {
        [table]: coupons
          .slice(chunk * 25, chunk * 25 + 25)
          .map((coupon) => ({ PutRequest: { Item: { ...keys.coupon(coupon.memberId, 'raw-batch'), ...coupon } } })),
      };
      while (request && Object.keys(request).length)
        request = (await db.send(new BatchWriteCommand({ RequestItems: request as never })))
          .UnprocessedItems as typeof request;
    });
    const batchSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    await parallel(Math.ceil(coupons.length / 99), async (chunk) => {
      await db.send(
        new TransactWriteCommand({
          TransactItems: coupons.slice(chunk * 99, chunk * 99 + 99).map((coupon) => ({
            Put: {
              TableName: table,
              Item: { ...keys.coupon(coupon.memberId, 'raw-tx'), ...coupon },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          })),
        }),
      );
    });
    const txSeconds = (performance.now() - t0) / 1000;

    // The queue's workers: each takes the next shard (as SQS hands one message to each free worker).
    const workers = async (campaignId: string) => {
      let next = 0;
      await Promise.all(
        Array.from({ length: WRITERS }, async () => {
          while (next < MEMBER_DIRECTORY_SHARDS) await dispatchShards(campaignId, [next++], now, deps);
        }),
      );
    };
    const campaign = await createCampaign(
      { name: '十万推送', kind: 'push', templateId: template.templateId, audience: { levels: ['L1'] }, notify: false },
      marketer,
      now,
      deps,
    );
    await deps.commit([
      deps.coupons.statusWrite((await deps.coupons.campaign(campaign.campaignId, true))!, 'dispatching', {
        launchedAt: new Date(now).toISOString(),
      }),
    ]);
    await deps.coupons.startDispatch(campaign.campaignId, MEMBER_DIRECTORY_SHARDS);
    meter.reset();
    t0 = performance.now();
    await workers(campaign.campaignId);
    const dispatchSeconds = (performance.now() - t0) / 1000;
    const usage = { ...meter.totals };
    const state = (await deps.coupons.dispatch(campaign.campaignId))!;
    const rerun = performance.now();
    await workers(campaign.campaignId);
    const after = (await deps.coupons.dispatch(campaign.campaignId))!;

    const line = (name: string, seconds: number, count: number) =>
      process.stdout.write(
        `${name.padEnd(46)} ${count.toString().padStart(8)} coupons ${seconds.toFixed(1).padStart(7)} s ${(count / seconds).toFixed(0).padStart(7)} /s\n`,
      );
    process.stdout.write(
      `\nbench dispatch: a push campaign to ${AUDIENCE} members, 16 shards, ${WRITERS} writers/workers in flight, DynamoDB Local\n`,
    );
    line('raw BatchWriteItem (25 puts, unconditional)', batchSeconds, AUDIENCE);
    line('raw TransactWriteItems (99 conditional puts)', txSeconds, AUDIENCE);
    line('dispatch worker (directory page + 99 coupons + cursor)', dispatchSeconds, state.issued);
    process.stdout.write(
      `dispatch / raw transactions: ${((state.issued / dispatchSeconds / (AUDIENCE / txSeconds)) * 100).toFixed(0)}%; targeted ${state.targeted}, issued ${state.issued}; ` +
        `${usage.requests} DynamoDB requests (${usage.reads} reads, ${usage.transactions} transactions, ${usage.cancelledTransactions} cancelled), ${usage.writeUnits ? `${(usage.writeUnits / Math.max(1, state.issued)).toFixed(1)} WCU per coupon` : 'no write capacity reported by DynamoDB Local for these transactions'}\n` +
        `a second run over the finished dispatch: ${((performance.now() - rerun) / 1000).toFixed(1)} s, issued ${after.issued - state.issued} more\n`,
    );
  });
}
