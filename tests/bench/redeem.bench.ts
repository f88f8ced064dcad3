/**
 * `npm run bench -- redeem`: 2,000 mall redemptions from 8 concurrent clients — every fourth on one stock-limited
 * hot item, the rest on unlimited items — in-process through the use case and over HTTP, beside raw
 * TransactWriteItems of the same items in the same run. Then the hot item under heavier contention, and a raw
 * comparison of one stock counter against stock split over shards (the flash-sale design of infra/README.md).
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { keys, type MallItemRecord, type MemberRecord } from '../../functions/src/adapters/dynamodb';
import { adjustPoints } from '../../functions/src/features/points/adjust-points/use-case';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { placeOrder } from '../../functions/src/features/mall/place-order/use-case';
import { withBenchStack, type BenchContext } from './bench-stack';
import { measure, printTable, type Measurement } from './measure';
import { measureStockShards } from './stock-shards';

const REDEMPTIONS = Number(process.env.BENCH_REDEMPTIONS ?? 2000);
const MEMBERS = 200;
const CONCURRENCY = 8;
const HOT_STOCK = Math.floor(REDEMPTIONS / 4 / 2); // half the attempts on the hot item find it sold out
const marketer = { role: 'marketer' as const, openid: 'bench' };

export async function benchRedeem(): Promise<void> {
  await withBenchStack(async (context) => {
    const { stack, db, meter, deps, table } = context;
    const now = Date.now();
    const members = await registerWithPoints(context, now, 'redeem');
    const httpMembers = await registerWithPoints(context, now, 'http');
    const items = await createItems(context, now, 'run');
    const httpItems = await createItems(context, now, 'http');
    const itemFor = (list: MallItemRecord[], i: number) => (i % 4 === 0 ? list[0]! : list[1 + (i % 3)]!);

    // Raw: what one redemption of an unlimited item writes — order, pickup code, the member's count of the item,
    // ledger entry, the lot it takes from, member totals — without the reads before it.
    const rawItem = (await createItems(context, now, 'raw'))[1]!;
    const raw = await measure('raw TransactWriteItems (6 items)', REDEMPTIONS, CONCURRENCY, (i) => {
      const member = members[i % MEMBERS]!;
      const orderId = ulid();
      const at = new Date().toISOString();
      return db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { ...keys.order(orderId), orderId, memberId: member.memberId, status: 'awaiting_pickup', at },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.pickupCode(`R${orderId}`), orderId },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: table,
                Key: keys.itemCount(`raw-${member.memberId}`, rawItem.itemId),
                UpdateExpression: 'ADD redeemed :q',
                ExpressionAttributeValues: { ':q': 1 },
              },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.ledgerEntry(`raw-${member.memberId}`, at, i, orderId), type: 'spend', points: -10, at },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: table,
                Key: keys.lot(`raw-${member.memberId}`, 'lot'),
                UpdateExpression: 'ADD remaining :p',
                ExpressionAttributeValues: { ':p': -10 },
              },
            },
            {
              Update: {
                TableName: table,
                Key: keys.member(`raw-${member.memberId}`),
                UpdateExpression: 'ADD version :one, lotPoints :p',
                ExpressionAttributeValues: { ':one': 1, ':p': -10 },
              },
            },
          ],
        }),
      );
    });

    const outcomes = { orders: 0, soldOut: 0, other: 0 };
    meter.reset();
    const inProcess = await measure('redemption use case (in-process)', REDEMPTIONS, CONCURRENCY, async (i) => {
      const member = members[i % MEMBERS]!;
      try {
        await placeOrder(
          { itemId: itemFor(items, i).itemId, quantity: 1 },
          { role: 'member', openid: member.openid, memberId: member.memberId },
          Date.now(),
          deps,
        );
        outcomes.orders++;
      } catch (error) {
        if ((error as { code?: string }).code === 'STOCK_EXHAUSTED') outcomes.soldOut++;
        else {
          outcomes.other++;
          throw error;
        }
      }
    });
    const usage = { ...meter.totals };
    const readsLine = meter.readsPer(outcomes.orders + outcomes.soldOut);
    const hotAfter = (await deps.mall.getItem(items[0]!.itemId, true))!;

    const tokens = httpMembers.map(
      (member) =>
        deps.tokens.issue({ sub: member.openid, role: 'member', memberId: member.memberId, stage: 'local' }, Date.now())
          .token,
    );
    const overHttp: Measurement = await measure('POST /v1/mall/orders (HTTP)', REDEMPTIONS, CONCURRENCY, async (i) => {
      const response = await fetch(`${stack.apiUrl}/v1/mall/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[i % MEMBERS]}`, 'content-type': 'application/json' },
        body: JSON.stringify({ itemId: itemFor(httpItems, i).itemId, quantity: 1 }),
      });
      if (response.status !== 201 && response.status !== 409) throw new Error(`status ${response.status}`);
    });

    const contention = await hotItemContention(context, now);
    const shards = { concurrency: 32, rows: await measureStockShards(db, table, 'ITEM#flash-bench') };

    process.stdout.write(
      `\nbench redeem: ${REDEMPTIONS} redemptions by ${MEMBERS} members, every 4th on a hot item of stock ${HOT_STOCK}, ${CONCURRENCY} concurrent clients, DynamoDB Local\n`,
    );
    printTable([raw, inProcess, overHttp]);
    const settled = outcomes.orders + outcomes.soldOut;
    process.stdout.write(
      `\nin-process outcomes: ${outcomes.orders} orders, ${outcomes.soldOut} refused STOCK_EXHAUSTED, ${outcomes.other} other errors; hot item stock ${hotAfter.stock}, sold ${hotAfter.sold} (oversold: ${Math.max(0, (hotAfter.sold ?? 0) - HOT_STOCK)})\n` +
        `per redemption (in-process): ${(usage.requests / settled).toFixed(2)} DynamoDB requests — ${(usage.reads / settled).toFixed(2)} reads, ${(usage.transactions / settled).toFixed(2)} committed + ${(usage.cancelledTransactions / settled).toFixed(2)} cancelled transactions; ` +
        `${(usage.writeUnits / Math.max(1, outcomes.orders)).toFixed(1)} WCU per order, ${(usage.readUnits / settled).toFixed(1)} RCU\n` +
        `reads per redemption: ${readsLine || 'none'}\n` +
        `in-process rate / raw: ${((inProcess.throughput / raw.throughput) * 100).toFixed(0)}%; HTTP / raw: ${((overHttp.throughput / raw.throughput) * 100).toFixed(0)}%\n\n`,
    );
    process.stdout.write(
      `hot item under contention: ${contention.attempts} members at once (${contention.concurrency} in flight) on stock ${contention.stock}\n`,
    );
    printTable([contention.measurement]);
    process.stdout.write(
      `  ${contention.orders} orders, ${contention.soldOut} sold out, oversold ${contention.oversold}; ${contention.cancelled} cancelled transactions (conflicts and lost races, retried) for ${contention.orders} commits — ` +
        `${(contention.cancelled / Math.max(1, contention.orders)).toFixed(2)} retries per order\n\n`,
    );
    process.stdout.write(`stock counter, raw conditional decrements (${shards.concurrency} in flight):\n`);
    printTable(shards.rows);
  });
}

async function registerWithPoints({ deps }: BenchContext, now: number, prefix: string): Promise<MemberRecord[]> {
  const members: MemberRecord[] = [];
  await measure(`register ${prefix}`, MEMBERS, CONCURRENCY, async (i) => {
    const { memberId } = await signIn({ code: `dev:${prefix}-${now}-${i}` }, now, deps);
    await adjustPoints(memberId!, 100_000, 'bench', marketer, now, deps);
    members[i] = (await deps.members.getById(memberId!))!;
  });
  return members;
}

/** One hot stock-limited item and three unlimited ones. */
async function createItems({ deps }: BenchContext, now: number, prefix: string): Promise<MallItemRecord[]> {
  const at = new Date(now).toISOString();
  const items: MallItemRecord[] = [HOT_STOCK, null, null, null].map((stock, i) => ({
    itemId: `${prefix}-${now}-${i}`,
    name: stock === null ? `不限量商品 ${i}` : '热门限量商品',
    description: '',
    images: [],
    category: 'bench',
    kind: 'goods',
    couponTemplateId: null,
    points: 10,
    cashFen: 0,
    stock,
    sold: stock === null ? null : 0,
    perMemberLimit: null,
    perOrderLimit: null,
    minLevel: null,
    saleFrom: null,
    saleUntil: null,
    sortOrder: i,
    hidden: false,
    createdAt: at,
    updatedAt: at,
    createdBy: 'bench',
  }));
  for (const item of items) await deps.mall.putItem(item);
  return items;
}

/** Many distinct members on one item with little stock: how often transactions are cancelled and retried. */
async function hotItemContention(context: BenchContext, now: number) {
  const { deps, meter } = context;
  const attempts = 400;
  const stock = 100;
  const concurrency = 32;
  const savedMembers = [
    ...(await registerWithPoints(context, now, 'hot')),
    ...(await registerWithPoints(context, now, 'hot2')),
  ];
  const [item] = await createItems(context, now, 'hot');
  await deps.mall.putItem({ ...item!, itemId: `${item!.itemId}-100`, stock, sold: 0 });
  const itemId = `${item!.itemId}-100`;
  let orders = 0;
  let soldOut = 0;
  meter.reset();
  const measurement = await measure(`hot item (${concurrency} in flight)`, attempts, concurrency, async (i) => {
    const member = savedMembers[i]!;
    try {
      await placeOrder(
        { itemId, quantity: 1 },
        { role: 'member', openid: member.openid, memberId: member.memberId },
        Date.now(),
        deps,
      );
      orders++;
    } catch (error) {
      if ((error as { code?: string }).code !== 'STOCK_EXHAUSTED') throw error;
      soldOut++;
    }
  });
  const after = (await deps.mall.getItem(itemId, true))!;
  return {
    attempts,
    stock,
    concurrency,
    orders,
    soldOut,
    oversold: Math.max(0, (after.sold ?? 0) - stock),
    cancelled: meter.totals.cancelledTransactions,
    measurement,
  };
}
