/**
 * Punch-card uses at the counter without contention (each member uses their own card), beside raw TransactWriteItems
 * of the same three items (the card's conditional update, the use, the receipt marker) in the same run, with the
 * DynamoDB requests and capacity per use: the figure issue 20 asks of a card use (one read, one transaction).
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/src/adapters/dynamodb';
import { sellCard, takeCardUses } from '../../functions/src/features/cards/counter-cards';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import type { BenchContext } from './bench-stack';
import { aroundRaw, measure, printTable } from './measure';

const HOLDERS = 200;
const USES = 1_000;
const CONCURRENCY = 8;
const staff = { role: 'staff' as const, openid: 'staff-s001', storeId: 'S001' };

export async function benchCardUses({ db, meter, deps, table }: BenchContext, productId: string): Promise<void> {
  const now = Date.now();
  const code = (memberNo: string) => deps.memberCodes.issue(memberNo, Date.now(), 60).code;
  const holders: { memberId: string; memberNo: string; cardId: string }[] = [];
  for (let i = 0; i < HOLDERS; i++) {
    const { memberId } = await signIn({ code: `dev:bench-own-card-${now}-${i}` }, now, deps);
    const { memberNo } = (await deps.members.getById(memberId!))!;
    const card = await sellCard({ memberCode: code(memberNo), productId, receiptNo: `OS${now}${i}` }, staff, now, deps);
    holders.push({ memberId: memberId!, memberNo, cardId: card.cardId });
  }
  const at = () => new Date().toISOString();
  const raw = (i: number) => {
    const holder = holders[i % HOLDERS]!;
    return db.send(
      new TransactWriteCommand({
        ReturnConsumedCapacity: 'TOTAL',
        TransactItems: [
          {
            Update: {
              TableName: table,
              Key: keys.punchCard(holder.memberId, holder.cardId),
              UpdateExpression: 'ADD usesMade :zero',
              ConditionExpression: '#status = :active AND validUntil > :at',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':zero': 0, ':active': 'active', ':at': at() },
            },
          },
          {
            Put: {
              TableName: table,
              Item: { ...keys.cardUse(holder.memberId, holder.cardId, at(), `RAW${i}`), uses: 1, storeId: 'S001' },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: table,
              Item: { ...keys.cardReceipt('S001', `RAWUSE${now}${i}`), ref: holder.cardId },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  };
  let perUse = { ...meter.totals };
  let readsLine = '';
  const { rows, ratioOf } = await aroundRaw('raw TransactWriteItems (3 items)', USES, CONCURRENCY, raw, async () => {
    meter.reset();
    const inProcess = await measure('use 1 of own card (use case)', USES, CONCURRENCY, (i) => {
      const holder = holders[i % HOLDERS]!;
      const request = { memberCode: code(holder.memberNo), cardId: holder.cardId, uses: 1, receiptNo: `OU${now}${i}` };
      return takeCardUses(request, staff, Date.now(), deps);
    });
    perUse = { ...meter.totals };
    readsLine = meter.readsPer(USES);
    return [inProcess];
  });
  process.stdout.write(`\ncard uses without contention: ${USES} uses of ${HOLDERS} members' own cards\n`);
  printTable(rows);
  process.stdout.write(
    `per use (in-process): ${(perUse.requests / USES).toFixed(2)} DynamoDB requests — ${(perUse.reads / USES).toFixed(2)} reads (${readsLine || 'none'}), ` +
      `${(perUse.transactions / USES).toFixed(2)} transactions; ${(perUse.writeUnits / USES).toFixed(1)} WCU, ${(perUse.readUnits / USES).toFixed(1)} RCU\n` +
      `in-process rate / raw: ${ratioOf(rows[1]!)}\n`,
  );
}
