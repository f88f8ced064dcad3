import type { DomainError } from '@app/shared';
import { isRefusedForLoad } from '../../functions/src/adapters/dynamodb';
import { recordPurchase } from '../../functions/src/features/counter/record-purchase/use-case';
import { previewPurchase } from '../../functions/src/features/counter/preview-purchase/use-case';
import { createPackage } from '../../functions/src/features/wallet/create-package/use-case';
import { refundTopup } from '../../functions/src/features/wallet/refund-topup/use-case';
import { storeTopup } from '../../functions/src/features/wallet/store-topup/use-case';
import { counter, marketer, nextReceipt, staffAt } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { walletInvariant as checkWallet } from '../support/wallet-invariant';

/** Stored value at the counter, through the real use cases on DynamoDB Local (product.md "Money on the card"). */
let table: TestTable;
let c: ReturnType<typeof counter>;
let package110 = '';
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
  package110 = (
    await createPackage(
      {
        title: '充¥100送¥10',
        payFen: 10_000,
        bonusFen: 1_000,
        giftPoints: 20,
        giftTemplateIds: [],
        active: true,
        sort: 1,
      },
      marketer,
      Date.now(),
      table.deps,
    )
  ).packageId;
});
afterAll(() => table.drop());

const deps = () => table.deps;
const topUp = (memberNo: string, request: { packageId: string } | { amountFen: number }, nowMs = Date.now()) =>
  storeTopup({ memberCode: c.code(memberNo, nowMs), receiptNo: nextReceipt(), ...request }, staffAt(), nowMs, deps());
const pay = (
  memberNo: string,
  amountFen: number,
  paid: { walletFen?: number; pointsToUse?: number },
  nowMs = Date.now(),
) =>
  recordPurchase(
    { memberCode: c.code(memberNo, nowMs), receiptNo: nextReceipt(), amountFen, ...paid },
    staffAt(),
    nowMs,
    deps(),
  );
const codeOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return { code: (error as DomainError).code, why: (error as DomainError).details?.why };
  }
  return null;
};

const walletInvariant = (memberId: string) => checkWallet(memberId, deps());

test('a ¥100 + ¥10 lot paying ¥55 gives ¥5 bonus and ¥50 principal; points are earned on the ¥50 only', async () => {
  const member = await c.newMember(Date.now());
  const credited = await topUp(member.memberNo, { packageId: package110 });
  expect(credited).toMatchObject({ payFen: 10_000, bonusFen: 1_000, balanceFen: 11_000 });
  const preview = await previewPurchase(
    { memberCode: c.code(member.memberNo, Date.now()), amountFen: 5_500, walletFen: 5_500 },
    staffAt(),
    Date.now(),
    deps(),
  );
  expect(preview).toMatchObject({
    walletBalanceFen: 11_000,
    walletBonusFen: 1_000,
    cashFen: 0,
    points: 50,
    growth: 50,
  });
  const purchase = await pay(member.memberNo, 5_500, { walletFen: 5_500 });
  expect(purchase).toMatchObject({ walletFen: 5_500, walletBonusFen: 500, cashFen: 0, points: 50, growth: 50 });
  const { lots, balance } = await walletInvariant(member.memberId);
  expect(balance).toBe(5_500);
  expect(lots).toMatchObject([{ principalFen: 5_000, bonusFen: 500 }]);
});

test('50 parallel wallet payments with balance for 20: exactly 20 succeed, balance 0, nothing negative', async () => {
  const member = await c.newMember(Date.now());
  await topUp(member.memberNo, { amountFen: 20_000 });
  // As a till would: a BUSY answer (nothing written; DynamoDB Local's lock timeouts are one) is sent again unchanged,
  // like a client with its Idempotency-Key.
  const nowMs = Date.now();
  const requests = Array.from({ length: 50 }, () => ({
    memberCode: c.code(member.memberNo, nowMs),
    receiptNo: nextReceipt(),
    amountFen: 1_000,
    walletFen: 1_000,
  }));
  const send = async (request: (typeof requests)[number]) => {
    for (;;) {
      try {
        return await recordPurchase(request, staffAt(), nowMs, deps());
      } catch (error) {
        if ((error as DomainError).code !== 'BUSY' && !isRefusedForLoad(error)) throw error;
      }
    }
  };
  const results = await Promise.allSettled(requests.map(send));
  const refused = results.flatMap((r) =>
    r.status === 'rejected' ? [(r.reason as DomainError).code ?? String(r.reason).slice(0, 300)] : [],
  );
  expect(new Set(refused)).toEqual(new Set(['WALLET_INSUFFICIENT']));
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
  const { balance } = await walletInvariant(member.memberId);
  expect(balance).toBe(0);
}, 600_000); // fifty purchases for one member land one after another: slow on a loaded machine, not a timing test

test('a partial refund of wallet + points + cash restores each part in proportion; points of an expired lot expire at once', async () => {
  const start = Date.parse('2025-03-01T10:00:00+08:00');
  const member = await c.newMember(start);
  await c.adjust(member.memberId, 1_000, start); // a lot that expires at the end of 2026 (annual rolling)
  await topUp(member.memberNo, { packageId: package110 }, start);
  const purchase = await pay(member.memberNo, 10_000, { walletFen: 5_500, pointsToUse: 500 }, start);
  expect(purchase).toMatchObject({
    payableFen: 10_000,
    walletFen: 5_500,
    pointsUsed: 500,
    pointsCashFen: 500,
    cashFen: 4_000,
  });
  // Money: cash ¥40 + wallet principal ¥50 = ¥90 earns 90 points (the ¥5 bonus and the ¥5 of points earn nothing).
  expect(purchase.points).toBe(90);
  const afterPay = await c.state(member.memberId);
  const half = await c.refund(purchase.purchaseId, 5_000, start + 3600_000);
  expect(half).toMatchObject({ walletRestoredFen: 2_750, pointsRestored: 250 });
  expect((await walletInvariant(member.memberId)).balance).toBe(11_000 - 5_500 + 2_750);
  // The rest after the points' lot expired: the restored points expire at once.
  const later = Date.parse('2027-01-05T10:00:00+08:00');
  const rest = await c.refund(purchase.purchaseId, undefined, later);
  expect(rest).toMatchObject({ walletRestoredFen: 2_750, pointsRestored: 250 });
  const { lots } = await walletInvariant(member.memberId);
  expect(lots).toMatchObject([{ principalFen: 10_000, bonusFen: 1_000 }]);
  const after = await c.state(member.memberId);
  expect(after.ledger.length).toBeGreaterThan(afterPay.ledger.length);
  const expiredOnReturn = after.ledger.filter((entry) => entry.type === 'expire');
  expect(expiredOnReturn.length).toBeGreaterThan(0);
  await c.checkInvariant(member.memberId);
});

test('a top-up refund returns the remaining principal, forfeits the remaining bonus and takes the gift points back', async () => {
  const member = await c.newMember(Date.now());
  const credited = await topUp(member.memberNo, { packageId: package110 });
  await pay(member.memberNo, 2_200, { walletFen: 2_200 });
  const refunded = await refundTopup(credited.topupId, '顾客申请退款', marketer, Date.now(), deps());
  expect(refunded).toMatchObject({ status: 'refunded', refund: { principalFen: 8_000, forfeitedBonusFen: 800 } });
  expect((await walletInvariant(member.memberId)).balance).toBe(0);
  const { member: stored } = await c.state(member.memberId);
  // 20 gift points taken back; the purchase's own 20 points stay.
  expect(stored.lotPoints - stored.pointsDebt).toBe(20);
  expect(await codeOf(() => refundTopup(credited.topupId, '再退一次', marketer, Date.now(), deps()))).toBeNull();
  const audit = (await table.scanAll()).filter(
    (item) => item.entity === 'Audit' && item.action === 'wallet.topup.refund',
  );
  expect(audit.filter((item) => item.target.id === credited.topupId)).toHaveLength(1);
});

test('points as cash refused with the reason: below minPoints, over the share, not whole fen is impossible at 100/¥, in debt', async () => {
  const member = await c.newMember(Date.now());
  await c.adjust(member.memberId, 5_000, Date.now());
  expect(await codeOf(() => pay(member.memberNo, 10_000, { pointsToUse: 50 }))).toEqual({
    code: 'POINTS_AS_CASH_NOT_ALLOWED',
    why: 'below-min-points',
  });
  expect(await codeOf(() => pay(member.memberNo, 1_000, { pointsToUse: 600 }))).toEqual({
    code: 'POINTS_AS_CASH_NOT_ALLOWED',
    why: 'over-share',
  });
  expect(await codeOf(() => pay(member.memberNo, 1_000, { walletFen: 100 }))).toMatchObject({
    code: 'WALLET_INSUFFICIENT',
  });
  await c.adjust(member.memberId, -6_000, Date.now());
  expect(await codeOf(() => pay(member.memberNo, 10_000, { pointsToUse: 200 }))).toEqual({
    code: 'POINTS_AS_CASH_NOT_ALLOWED',
    why: 'debt',
  });
  const { member: stored } = await c.state(member.memberId);
  expect(stored.purchaseCount).toBe(0);
});

test('a counter top-up: receipt unique per store, the same request answers the same top-up, audited', async () => {
  const member = await c.newMember(Date.now());
  const receiptNo = nextReceipt();
  const code = c.code(member.memberNo, Date.now());
  const first = await storeTopup({ memberCode: code, receiptNo, amountFen: 5_000 }, staffAt(), Date.now(), deps());
  const again = await storeTopup({ memberCode: code, receiptNo, amountFen: 5_000 }, staffAt(), Date.now(), deps());
  expect(again.topupId).toBe(first.topupId);
  expect(
    await codeOf(() => storeTopup({ memberCode: code, receiptNo, amountFen: 6_000 }, staffAt(), Date.now(), deps())),
  ).toMatchObject({ code: 'RECEIPT_DUPLICATE' });
  expect((await walletInvariant(member.memberId)).balance).toBe(5_000);
});
