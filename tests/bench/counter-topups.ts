/**
 * Top-ups at the counter (`storeTopup`, a custom amount) beside raw TransactWriteItems of the same seven items (the
 * receipt marker, the top-up, the wallet lot and entry, the member item, the audit entry, the 充值成功 message), with
 * the DynamoDB requests and capacity per top-up; and the checks a counter purchase makes inside its transaction.
 */
import { loadavg } from 'node:os';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { keys, type MemberRecord } from '../../functions/src/adapters/dynamodb';
import type { Principal } from '../../functions/src/http/route';
import { storeTopup } from '../../functions/src/features/wallet/store-topup/use-case';
import type { BenchContext } from './bench-stack';
import { type Measurement, measure } from './measure';

const TOPUPS = 500;
const CONCURRENCY = 8;

/** A raw transaction's new item: a Put that only creates. */
export const newItem = (table: string) => (Item: Record<string, unknown>) => ({
  Put: { TableName: table, Item, ConditionExpression: 'attribute_not_exists(pk)' },
});

/** The clerk's account, the store open, the promotions unchanged: what a counter purchase checks in its write. */
export const counterChecks = (table: string) =>
  [keys.identity('staff-s001'), keys.store('S001'), keys.promotionsStamp()].map((Key) => ({
    ConditionCheck: { TableName: table, Key, ConditionExpression: 'attribute_exists(pk) OR attribute_not_exists(pk)' },
  }));

export async function counterTopups(
  { db, meter, deps, table }: Pick<BenchContext, 'db' | 'meter' | 'deps' | 'table'>,
  members: MemberRecord[],
  staff: Principal,
): Promise<{ row: Measurement; load: string; per?: string }[]> {
  const now = Date.now();
  const load = () => loadavg()[0]!.toFixed(2);
  const memberFor = (i: number) => members[i % members.length]!;
  const raw = (i: number) => {
    const owner = memberFor(i);
    const twin = `RAW${owner.memberId}`;
    const id = ulid();
    const at = new Date().toISOString();
    const put = newItem(table);
    return db.send(
      new TransactWriteCommand({
        ReturnConsumedCapacity: 'TOTAL',
        TransactItems: [
          put({ ...keys.topupReceipt('S001', `RAWT${now}${i}`), topupId: id }),
          put({ ...keys.topup(`RAW${id}`), memberId: owner.memberId, payFen: 10_000, status: 'paid', at }),
          put({ ...keys.walletLot(twin, id), principalFen: 10_000, bonusFen: 0, at }),
          put({ ...keys.walletEntry(twin, at, id), type: 'topup', principalFen: 10_000, bonusFen: 0, at }),
          put({ ...keys.audit(at, id), action: 'wallet.topup.counter', at }),
          put({ ...keys.outbox(at.slice(0, 10), `RAW${id}`), memberId: owner.memberId, at }),
          {
            Update: {
              TableName: table,
              Key: keys.member(owner.memberId),
              UpdateExpression: 'ADD walletPrincipalFen :zero, version :zero',
              ExpressionAttributeValues: { ':zero': 0 },
            },
          },
        ],
      }),
    );
  };
  const rawRow = await measure('raw TransactWriteItems (7 items)', TOPUPS, CONCURRENCY, raw);
  const rawLoad = load();
  meter.reset();
  const topups = await measure('top-up at the counter (in-process)', TOPUPS, CONCURRENCY, (i) => {
    const memberCode = deps.memberCodes.issue(memberFor(i).memberNo, Date.now(), 60).code;
    return storeTopup({ memberCode, receiptNo: `CT${now}${i}`, amountFen: 10_000 }, staff, Date.now(), deps);
  });
  const t = meter.totals;
  const per =
    `${(t.requests / TOPUPS).toFixed(2)} requests (${(t.reads / TOPUPS).toFixed(2)} reads: ${meter.readsPer(TOPUPS) || 'none'}; ` +
    `${(t.transactions / TOPUPS).toFixed(2)} transactions), ${(t.writeUnits / TOPUPS).toFixed(1)} WCU + ` +
    `${(t.readUnits / TOPUPS).toFixed(1)} RCU; ${((topups.throughput / rawRow.throughput) * 100).toFixed(0)}% of raw`;
  return [
    { row: rawRow, load: rawLoad },
    { row: topups, load: load(), per },
  ];
}
