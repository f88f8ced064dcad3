/**
 * `npm run bench -- wallet`: wallet payments (a purchase paid in full from the wallet) through the use case in-process
 * beside raw TransactWriteItems of the same eight items, on the same DynamoDB Local in the same run; then the
 * handling of WeChat Pay notifications — settling paid top-ups in-process (metered), and end to end: the stand-in
 * delivering signed, encrypted notifications to the stack's notify route over HTTP, first deliveries and repeats.
 * DynamoDB Local is warmed first; each figure is printed with the machine's 1-minute load average beside it.
 */
import { loadavg } from 'node:os';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { keys } from '../../functions/src/adapters/dynamodb';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { recordPurchase } from '../../functions/src/features/counter/record-purchase/use-case';
import { settlePaid } from '../../functions/src/features/payments/settle';
import { createTopup } from '../../functions/src/features/wallet/create-topup/use-case';
import { storeTopup } from '../../functions/src/features/wallet/store-topup/use-case';
import { type StandInState, wechatPayControls } from '../../infra/local/wechat-pay-stand-in/control-client';
import { withBenchStack } from './bench-stack';
import { counterChecks, counterTopups, newItem } from './counter-topups';
import { measure, type Measurement } from './measure';

const PAYMENTS = 1000;
const MEMBERS = 100;
const ORDERS = 120;
const CONCURRENCY = 8;

const load = () => loadavg()[0]!.toFixed(2);

/** measure() counts errors; the first of each kind is printed, so a row of errors says why. */
const seen = new Set<string>();
const reporting =
  <T>(name: string, operation: (i: number) => Promise<T>) =>
  async (i: number) => {
    try {
      return await operation(i);
    } catch (error) {
      const why = `${name}: ${(error as { code?: string }).code ?? ''} ${String((error as Error).message ?? error).slice(0, 300)}`;
      if (!seen.has(why)) process.stdout.write(`first error of ${why}\n`);
      seen.add(why);
      throw error;
    }
  };

export async function benchWallet(): Promise<void> {
  await withBenchStack(async ({ stack, db, meter, deps, table }) => {
    const staff = { role: 'staff' as const, openid: 'staff-s001', storeId: 'S001' };
    const now = Date.now();
    const members: NonNullable<Awaited<ReturnType<typeof deps.members.getById>>>[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const { memberId } = await signIn({ code: `dev:wallet-bench-${now}-${i}` }, now, deps);
      const member = (await deps.members.getById(memberId!))!;
      const code = deps.memberCodes.issue(member.memberNo, Date.now(), 60).code;
      await storeTopup({ memberCode: code, receiptNo: `WB${now}T${i}`, amountFen: 500_000 }, staff, Date.now(), deps);
      members.push(member);
    }
    const memberFor = (i: number) => members[i % MEMBERS]!;
    const amount = (i: number) => 1500 + ((i * 7919) % 2000);
    const rows: { row: Measurement; load: string; per?: string }[] = [];
    const per = (n: number) => {
      const t = meter.totals;
      return `${(t.requests / n).toFixed(2)} requests (${(t.reads / n).toFixed(2)} reads: ${meter.readsPer(n) || 'none'}; ${(t.transactions / n).toFixed(2)} transactions), ${(t.writeUnits / n).toFixed(1)} WCU + ${(t.readUnits / n).toFixed(1)} RCU`;
    };

    // The items of a purchase paid from the wallet: receipt and code markers, purchase, points entry and lot, the
    // member item, the wallet lot it draws on and the wallet entry, and the three checks (account, store, promotions).
    // New items under a twin of the member's id (the member item is the member's own: its size is what is paid for).
    const rawPayment = (i: number) => {
      const owner = memberFor(i);
      const member = { ...owner, memberId: `RAW${owner.memberId}` };
      const id = ulid();
      const at = new Date().toISOString();
      const put = newItem(table);
      return db.send(
        new TransactWriteCommand({
          ReturnConsumedCapacity: 'TOTAL',
          TransactItems: [
            put({ ...keys.receiptMarker('S003', `RAW${now}${i}`), purchaseId: id }),
            put({ ...keys.memberCodeUse(member.memberNo, now + i, 'raw000'), purchaseId: id }),
            put({ ...keys.purchase(id), memberId: member.memberId, amountFen: amount(i), walletFen: amount(i), at }),
            put({ ...keys.ledgerEntry(member.memberId, at, 0, id), type: 'earn', points: 15, balanceAfter: 15, at }),
            put({ ...keys.lot(member.memberId, id), remaining: 15, initial: 15, earnedAt: at, expiresAt: null }),
            put({
              ...keys.walletEntry(member.memberId, at, id),
              type: 'pay',
              principalFen: -amount(i),
              bonusFen: 0,
              at,
            }),
            {
              Update: {
                TableName: table,
                Key: keys.member(owner.memberId),
                UpdateExpression: 'ADD lotPoints :p, version :one',
                ExpressionAttributeValues: { ':p': 0, ':one': 0 },
              },
            },
            ...counterChecks(table),
            {
              Update: {
                TableName: table,
                Key: keys.walletLot(member.memberId, `RAW${member.memberId}`),
                UpdateExpression: 'ADD principalFen :zero',
                ExpressionAttributeValues: { ':zero': 0 },
              },
            },
          ],
        }),
      );
    };
    await measure('warm-up (raw, not counted)', 300, CONCURRENCY, (i) => rawPayment(PAYMENTS + i));

    const raw = await measure('raw TransactWriteItems (11 items)', PAYMENTS, CONCURRENCY, rawPayment);
    rows.push({ row: raw, load: load() });
    meter.reset();
    const inProcess = await measure(
      'wallet payment (use case, in-process)',
      PAYMENTS,
      CONCURRENCY,
      reporting('wallet payment', (i) => {
        const member = memberFor(i);
        const t = Date.now();
        return recordPurchase(
          {
            memberCode: deps.memberCodes.issue(member.memberNo, t, 60).code,
            receiptNo: `WP${now}${i}`,
            amountFen: amount(i),
            walletFen: Math.floor(amount(i) * 0.8),
          },
          staff,
          t,
          deps,
        );
      }),
    );
    rows.push({ row: inProcess, load: load(), per: per(PAYMENTS) });
    rows.push(...(await counterTopups({ db, meter, deps, table }, members, staff)));

    // Notifications: top-ups paid at the stand-in without a notification, then settled as a notification would.
    const controls = wechatPayControls(stack.wechat.pay.url);
    await controls.notifyBehaviour({ copies: 0 });
    const orders: string[] = [];
    for (let i = 0; i < ORDERS * 2; i++) {
      const topup = await createTopup({ amountFen: 10_000 }, memberFor(i).memberId, Date.now(), deps);
      await controls.pay(topup.topupId);
      orders.push(topup.topupId);
    }
    const settleOrders = orders.slice(0, ORDERS);
    const transactions = await Promise.all(
      settleOrders.map(async (outTradeNo) => {
        const queried = await deps.wechatPay.queryOrder(outTradeNo);
        if (!queried.ok) throw new Error(`query ${outTradeNo} failed`);
        return queried.transaction;
      }),
    );
    meter.reset();
    const settled = await measure(
      'notify: settle a paid top-up (in-process)',
      ORDERS,
      CONCURRENCY,
      reporting('settle', (i) => settlePaid(transactions[i]!, Date.now(), deps)),
    );
    rows.push({ row: settled, load: load(), per: per(ORDERS) });
    meter.reset();
    const repeats = await measure('notify: a repeat (in-process)', ORDERS, CONCURRENCY, (i) =>
      settlePaid(transactions[i]!, Date.now(), deps),
    );
    rows.push({ row: repeats, load: load(), per: per(ORDERS) });

    // End to end: the stand-in signs, encrypts and posts; our route verifies, decrypts and settles (or finds it settled).
    const endToEnd = orders.slice(ORDERS);
    // In waves of CONCURRENCY, like the other figures: a wave's notifications are sent, then awaited until accepted.
    const delivered = async (name: string, outTradeNos: string[]) => {
      const acceptedOf = (state: StandInState) => state.deliveries.filter((d) => d.accepted).length;
      const refusedOf = (state: StandInState) => state.deliveries.length - acceptedOf(state);
      const before = await controls.state();
      let accepted = acceptedOf(before);
      const latencies: number[] = [];
      let done = 0;
      const started = performance.now();
      for (let i = 0; i < outTradeNos.length; i += CONCURRENCY) {
        const wave = outTradeNos.slice(i, i + CONCURRENCY);
        const t0 = performance.now();
        await Promise.all(wave.map((outTradeNo) => controls.notifyAgain(outTradeNo, { copies: 1 })));
        accepted += wave.length;
        const answered = await controls
          .waitFor((state) => acceptedOf(state) >= accepted, 30_000)
          .then(() => true)
          .catch(() => false);
        if (!answered) {
          // Printed, not hidden: the route did not accept this wave within 30 s (see the refused deliveries).
          process.stdout.write(`${name}: wave ${i / CONCURRENCY + 1} not accepted within 30 s; stopped there\n`);
          break;
        }
        latencies.push(performance.now() - t0);
        done += wave.length;
      }
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const count = done;
      const refused = refusedOf(await controls.state()) - refusedOf(before);
      rows.push({
        row: {
          name: `${name} (wave of ${CONCURRENCY})`,
          count,
          errors: refused,
          seconds,
          throughput: count / seconds,
          medianMs: latencies[Math.floor(latencies.length / 2)] ?? Number.NaN,
          p95Ms: latencies[Math.floor(latencies.length * 0.95)] ?? Number.NaN,
        },
        load: load(),
      });
    };
    await controls.settled();
    await delivered('notify over HTTP: first delivery', endToEnd);
    await delivered('notify over HTTP: a repeat', endToEnd);
    const credited = await Promise.all(endToEnd.map(async (id) => (await deps.topups.get(id))!.status));
    const uncredited = credited.filter((status) => status !== 'paid').length;
    if (uncredited) process.stdout.write(`${uncredited} of ${endToEnd.length} notified top-ups not credited\n`);

    process.stdout.write(
      `\nbench wallet: ${PAYMENTS} wallet payments over ${MEMBERS} members and ${ORDERS} + ${ORDERS} paid top-ups, ${CONCURRENCY} concurrent clients, DynamoDB Local on this machine\n`,
    );
    const cell = (value: number, digits = 2) => (Number.isNaN(value) ? '–' : value.toFixed(digits));
    process.stdout.write(
      `${'operation'.padEnd(44)}${['count', 'errors', 'per s', 'median ms', 'p95 ms', 'load 1m'].map((h) => h.padStart(10)).join('')}\n`,
    );
    for (const { row, load: at } of rows)
      process.stdout.write(
        `${row.name.padEnd(44)}${[String(row.count), String(row.errors), cell(row.throughput, 0), cell(row.medianMs), cell(row.p95Ms), at].map((c) => c.padStart(10)).join('')}\n`,
      );
    process.stdout.write('\nDynamoDB per operation (retries after lost races included):\n');
    for (const { row, per: figures } of rows) if (figures) process.stdout.write(`  ${row.name}: ${figures}\n`);
    process.stdout.write(
      `\nwallet payment rate / raw transactional rate: ${((inProcess.throughput / raw.throughput) * 100).toFixed(0)}% (load ${load()})\n`,
    );
  });
}
