/**
 * `npm run bench -- claim`: 2,000 members claim from one campaign of stock 500 at once — in-process through the
 * use case, then over HTTP — beside raw TransactWriteItems of the same two writes (the campaign's counter under
 * its stock condition, the coupon) in the same run; then the sharded-counter design for rates beyond one item.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/src/adapters/dynamodb';
import { createCampaign } from '../../functions/src/features/coupons/create-campaign/use-case';
import { launchCampaign } from '../../functions/src/features/coupons/launch-campaign/use-case';
import { claimCoupon } from '../../functions/src/features/coupons/claim-coupon/use-case';
import { withBenchStack } from './bench-stack';
import { bulkMembers } from './bulk-members';
import { measure, printTable } from './measure';
import { measureStockShards } from './stock-shards';

const CLAIMERS = Number(process.env.BENCH_CLAIMERS ?? 2000);
const STOCK = Number(process.env.BENCH_CLAIM_STOCK ?? 500);
const CONCURRENCY = 64;
const marketer = { role: 'marketer' as const, openid: 'bench' };

export async function benchClaim(): Promise<void> {
  await withBenchStack(async ({ stack, db, meter, deps, table }) => {
    const now = Date.now();
    process.stdout.write(`writing ${CLAIMERS * 2} members…\n`);
    const [members, httpMembers] = [
      await bulkMembers(db, table, 'CLAIM', CLAIMERS),
      await bulkMembers(db, table, 'HTTPC', CLAIMERS),
    ];
    const open = async (name: string) =>
      launchCampaign(
        (
          await createCampaign(
            {
              name,
              kind: 'claim',
              templateId: 'tpl-upgrade-l2',
              audience: {},
              notify: false,
              stock: STOCK,
              perMemberLimit: 1,
            },
            marketer,
            now,
            deps,
          )
        ).campaignId,
        marketer,
        now,
        deps,
      );

    // Raw: the campaign counter (`claimed < stock`) and the coupon, as one transaction per claimer.
    const rawCampaign = await open('raw');
    let rawRefused = 0;
    const raw = await measure('raw TransactWriteItems (2 items)', CLAIMERS, CONCURRENCY, async (i) => {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: table,
                  Key: keys.campaign(rawCampaign.campaignId),
                  UpdateExpression: 'ADD claimed :one',
                  ConditionExpression: 'claimed < :stock',
                  ExpressionAttributeValues: { ':one': 1, ':stock': STOCK },
                },
              },
              {
                Put: {
                  TableName: table,
                  Item: {
                    ...keys.coupon(`raw-${members[i]!.memberId}`, `c-${rawCampaign.campaignId}-1`),
                    entity: 'BenchCoupon',
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
            ],
          }),
        );
      } catch (error) {
        if ((error as { name?: string }).name !== 'TransactionCanceledException') throw error;
        rawRefused++;
      }
    });

    const campaign = await open('in-process');
    const outcomes = { claimed: 0, soldOut: 0 };
    meter.reset();
    const inProcess = await measure('claim use case (in-process)', CLAIMERS, CONCURRENCY, async (i) => {
      try {
        await claimCoupon(
          campaign.campaignId,
          { role: 'member', openid: members[i]!.openid, memberId: members[i]!.memberId },
          Date.now(),
          deps,
        );
        outcomes.claimed++;
      } catch (error) {
        if ((error as { code?: string }).code !== 'STOCK_EXHAUSTED') throw error;
        outcomes.soldOut++;
      }
    });
    const usage = { ...meter.totals };
    const readsLine = meter.readsPer(CLAIMERS);
    const after = (await deps.coupons.campaign(campaign.campaignId, true))!;
    const issued = (
      await Promise.all(
        members.map((member) => deps.coupons.memberCoupons(member.memberId, `c-${campaign.campaignId}-`)),
      )
    ).flat().length;

    const httpCampaign = await open('http');
    const tokens = httpMembers.map(
      (member) =>
        deps.tokens.issue({ sub: member.openid, role: 'member', memberId: member.memberId, stage: 'local' }, Date.now())
          .token,
    );
    let httpClaimed = 0;
    const overHttp = await measure('POST /v1/coupon-center/{id}/claim (HTTP)', CLAIMERS, 16, async (i) => {
      const response = await fetch(`${stack.apiUrl}/v1/coupon-center/${httpCampaign.campaignId}/claim`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[i]}` },
      });
      if (response.status === 201) httpClaimed++;
      else if (response.status !== 409) throw new Error(`status ${response.status}`);
    });
    const httpAfter = (await deps.coupons.campaign(httpCampaign.campaignId, true))!;

    const shards = await measureStockShards(db, table, 'CAMPAIGN#shard-bench', {
      total: 2000,
      shards: 8,
      concurrency: 32,
    });

    process.stdout.write(
      `\nbench claim: ${CLAIMERS} members claim one campaign of stock ${STOCK} (limit 1 each), ${CONCURRENCY} in flight (HTTP 16), DynamoDB Local\n`,
    );
    printTable([raw, inProcess, overHttp]);
    process.stdout.write(
      `\nraw: ${CLAIMERS - rawRefused} committed, ${rawRefused} refused by the stock condition\n` +
        `in-process: ${outcomes.claimed} claimed, ${outcomes.soldOut} STOCK_EXHAUSTED; campaign claimed ${after.claimed}, coupons issued ${issued}, oversold ${Math.max(0, issued - STOCK)}\n` +
        `HTTP: ${httpClaimed} claimed; campaign claimed ${httpAfter.claimed}, oversold ${Math.max(0, httpAfter.claimed - STOCK)}\n` +
        `per claim (in-process): ${(usage.requests / CLAIMERS).toFixed(2)} DynamoDB requests — ${(usage.reads / CLAIMERS).toFixed(2)} reads, ${(usage.transactions / CLAIMERS).toFixed(2)} committed + ${(usage.cancelledTransactions / CLAIMERS).toFixed(2)} cancelled transactions\n` +
        `reads per claim: ${readsLine || 'none'}\n` +
        `in-process rate / raw: ${((inProcess.throughput / raw.throughput) * 100).toFixed(0)}%\n\n`,
    );
    process.stdout.write('stock counter, raw conditional decrements (32 in flight):\n');
    printTable(shards);
  });
}
