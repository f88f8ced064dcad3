/**
 * `npm run bench -- purchase`: 2,000 purchases over 200 members from 8 concurrent clients — through the use
 * case in-process and over HTTP — beside raw TransactWriteItems of the same items, on the same DynamoDB
 * Local in the same run. A quarter of the purchases pay ¥5 from the wallet and a quarter 100 points as cash (their
 * lots and the wallet's ride in the same transaction). Prints throughput, latency, and DynamoDB requests and write
 * capacity per purchase.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { keys } from '../../functions/src/adapters/dynamodb';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { recordPurchase } from '../../functions/src/features/counter/record-purchase/use-case';
import { adjustPoints } from '../../functions/src/features/points/adjust-points/use-case';
import { storeTopup } from '../../functions/src/features/wallet/store-topup/use-case';
import { withBenchStack } from './bench-stack';
import { counterChecks } from './counter-topups';
import { aroundRaw, type Measurement, measure, printTable } from './measure';

const PURCHASES = 2000;
const MEMBERS = 200;
const CONCURRENCY = 8;

export async function benchPurchase(): Promise<void> {
  await withBenchStack(async ({ stack, db, meter, deps, table }) => {
    const now = Date.now();
    const members: NonNullable<Awaited<ReturnType<typeof deps.members.getById>>>[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const { memberId } = await signIn({ code: `dev:bench-${now}-${i}` }, now, deps);
      members.push((await deps.members.getById(memberId!))!);
    }
    const staff = { role: 'staff' as const, openid: 'staff-s001', storeId: 'S001' };
    const marketer = { role: 'marketer' as const, openid: 'marketer-bench' };
    const memberFor = (i: number) => members[i % MEMBERS]!;
    const amount = (i: number) => 1500 + ((i * 7919) % 4000);
    // Every member has money in the wallet and points to pay with (written before the clock starts).
    for (const [i, member] of members.entries()) {
      const memberCode = deps.memberCodes.issue(member.memberNo, Date.now(), 60).code;
      await storeTopup({ memberCode, receiptNo: `PBT${now}${i}`, amountFen: 50_000 }, staff, Date.now(), deps);
      await adjustPoints(member.memberId, 5_000, '压测预置积分', marketer, Date.now(), deps);
    }
    /** Wallet on one purchase in four, points as cash on another: what a real counter's mix looks like. */
    const paying = (i: number) => (i % 4 === 1 ? { walletFen: 500 } : i % 4 === 3 ? { pointsToUse: 100 } : {});

    // Raw: the six items a purchase writes (receipt and code markers, purchase, ledger entry, lot, member totals), the
    // two more of the payment mix (a wallet entry and lot, or the points-as-cash entry and the lot it takes) and the
    // three checks (account, store, promotions): the items of the product's transaction.
    const rawPurchase = (i: number) => {
      const member = memberFor(i);
      const id = ulid();
      const at = new Date().toISOString();
      return db.send(
        new TransactWriteCommand({
          ReturnConsumedCapacity: 'TOTAL',
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { ...keys.receiptMarker('S003', `RAW${i}`), purchaseId: id },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.memberCodeUse(member.memberNo, i, 'raw000'), purchaseId: id },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: {
                  ...keys.purchase(id),
                  memberId: member.memberId,
                  storeId: 'S003',
                  amountFen: amount(i),
                  payableFen: amount(i),
                  points: 20,
                  growth: 20,
                  at,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: {
                  ...keys.ledgerEntry(member.memberId, at, 0, id),
                  type: 'earn',
                  points: 20,
                  growth: 20,
                  balanceAfter: 20,
                  at,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.lot(member.memberId, id), remaining: 20, initial: 20, earnedAt: at, expiresAt: null },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: table,
                Key: keys.member(member.memberId),
                UpdateExpression: 'ADD lotPoints :p, version :one',
                ExpressionAttributeValues: { ':p': 0, ':one': 0 },
              },
            },
            ...rawPayment(i, member.memberId, id, at),
            ...counterChecks(table),
          ],
        }),
      );
    };
    const rawPayment = (i: number, memberId: string, id: string, at: string) => {
      if (i % 4 !== 1 && i % 4 !== 3) return [];
      const entry = i % 4 === 1 ? keys.walletEntry(memberId, at, id) : keys.ledgerEntry(memberId, at, 1, id);
      return [
        {
          Put: {
            TableName: table,
            Item: { ...entry, points: -100, at },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: table,
            Item: { ...keys.lot(memberId, `RAWPAY${i}`), remaining: 100, expected: 0 },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ];
    };

    const staffToken = (
      await (
        await fetch(`${stack.apiUrl}/v1/auth/wechat`, {
          method: 'POST',
          body: JSON.stringify({ code: 'dev:staff-s001' }),
        })
      ).json()
    ).token as string;
    let perPurchase = { ...meter.totals };
    let readsLine = '';
    const legs = async () => {
      meter.reset();
      const inProcess = await measure('purchase use case (in-process)', PURCHASES, CONCURRENCY, (i) => {
        const member = memberFor(i);
        const t = Date.now();
        return recordPurchase(
          {
            memberCode: deps.memberCodes.issue(member.memberNo, t, 60).code,
            receiptNo: `INP${now}${i}`,
            amountFen: amount(i),
            ...paying(i),
          },
          staff,
          t,
          deps,
        );
      });
      perPurchase = { ...meter.totals };
      readsLine = meter.readsPer(PURCHASES);
      const overHttp = await measure('POST /v1/store/purchases (HTTP)', PURCHASES, CONCURRENCY, async (i) => {
        const member = memberFor(i);
        const response = await fetch(`${stack.apiUrl}/v1/store/purchases`, {
          method: 'POST',
          headers: { authorization: `Bearer ${staffToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            memberCode: deps.memberCodes.issue(member.memberNo, Date.now(), 60).code,
            receiptNo: `HTTP${now}${i}`,
            amountFen: amount(i),
            ...paying(i),
          }),
        });
        if (response.status !== 201) throw new Error(`status ${response.status}: ${await response.text()}`);
      });
      return [inProcess, overHttp];
    };
    const { rows, ratioOf } = await aroundRaw(
      'raw TransactWriteItems (9 items, 11 in the mix)',
      PURCHASES,
      CONCURRENCY,
      rawPurchase,
      legs,
    );
    const [, inProcess, overHttp] = rows as [Measurement, Measurement, Measurement, Measurement];

    process.stdout.write(
      `\nbench purchase: ${PURCHASES} purchases over ${MEMBERS} members (1 in 4 pays ¥5 from the wallet, 1 in 4 100 points as cash), ${CONCURRENCY} concurrent clients, DynamoDB Local on this machine\n`,
    );
    printTable(rows);
    const n = PURCHASES;
    process.stdout.write(
      `\nper purchase (in-process): ${(perPurchase.requests / n).toFixed(2)} DynamoDB requests — ${(perPurchase.reads / n).toFixed(2)} reads, ` +
        `${(perPurchase.transactions / n).toFixed(2)} transactions (retries after lost races included); ` +
        `consumed capacity: ${(perPurchase.writeUnits / n).toFixed(1)} WCU, ${(perPurchase.readUnits / n).toFixed(1)} RCU\n` +
        `reads per purchase: ${readsLine || 'none'}\n`,
    );
    process.stdout.write(
      `in-process rate / raw transactional rate (mean of before and after): ${ratioOf(inProcess)}; HTTP / raw: ${ratioOf(overHttp)}\n`,
    );
  });
}
