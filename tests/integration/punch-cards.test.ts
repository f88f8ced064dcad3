import type { DomainError } from '@app/shared';
import { createDocumentClient } from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import { usableCoupons } from '../../functions/src/features/coupons/counter';
import { scanCode } from '../../functions/src/features/counter/store-scan/use-case';
import { meterClient } from '../bench/dynamo-meter';
import { refundCard } from '../../functions/src/features/cards/refund-card';
import { sellCard, takeCardUses } from '../../functions/src/features/cards/counter-cards';
import { myCards } from '../../functions/src/features/cards/my-cards/use-case';
import { saveProduct } from '../../functions/src/features/plans/save-catalog';
import { counter, marketer, nextReceipt, staffAt } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';

/** Punch cards (次卡) at the counter through the real use cases on DynamoDB Local (product.md "Punch cards"). */
let table: TestTable;
let c: ReturnType<typeof counter>;
let tenUses = '';
let timed = '';
const DAY_MS = 86_400_000;
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
  tenUses = (
    await saveProduct(
      {
        name: '美式咖啡10次卡',
        uses: 10,
        priceFen: 30_000,
        validDays: 90,
        covers: '中杯美式咖啡',
        skus: [],
        active: true,
      },
      null,
      marketer,
      Date.now(),
      table.deps,
    )
  ).productId;
  timed = (
    await saveProduct(
      {
        name: '月享咖啡限时卡',
        uses: null,
        priceFen: 20_000,
        validDays: 30,
        covers: '每日一杯',
        skus: [],
        active: true,
      },
      null,
      marketer,
      Date.now(),
      table.deps,
    )
  ).productId;
});
afterAll(() => table.drop());

const codeOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return (error as DomainError).code;
  }
  return null;
};
const sell = (memberNo: string, productId: string, nowMs = Date.now()) =>
  sellCard({ memberCode: c.code(memberNo, nowMs), productId, receiptNo: nextReceipt() }, staffAt(), nowMs, table.deps);
const use = (memberNo: string, cardId: string, uses: number, nowMs = Date.now(), receiptNo = nextReceipt()) =>
  takeCardUses({ memberCode: c.code(memberNo, nowMs), cardId, uses, receiptNo }, staffAt(), nowMs, table.deps);

test('30 parallel uses of a 10-use card → exactly 10; each recorded with store, staff and receipt', async () => {
  const { memberId, memberNo } = await c.newMember(Date.now());
  const card = await sell(memberNo, tenUses);
  expect(card).toMatchObject({ usesLeft: 10, usesTotal: 10, status: 'active' });
  const outcomes = await Promise.all(Array.from({ length: 30 }, () => codeOf(() => use(memberNo, card.cardId, 1))));
  expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(10);
  expect(outcomes.filter((outcome) => outcome === 'CARD_USES_EXHAUSTED')).toHaveLength(20);
  const [mine] = await myCards(memberId, Date.now(), table.deps);
  expect(mine).toMatchObject({ usesLeft: 0, status: 'used_up' });
  expect(mine!.history).toHaveLength(10);
  expect(mine!.history[0]).toMatchObject({ uses: 1, storeId: 'S001', staff: 'staff-s001' });
});

test('N uses in one write; the same receipt again is one use; a different use with it is a duplicate', async () => {
  const { memberNo } = await c.newMember(Date.now());
  const card = await sell(memberNo, tenUses);
  const receiptNo = nextReceipt();
  expect(await use(memberNo, card.cardId, 2, Date.now(), receiptNo)).toMatchObject({ usesLeft: 8 });
  expect(await use(memberNo, card.cardId, 2, Date.now(), receiptNo)).toMatchObject({ usesLeft: 8 });
  expect(await codeOf(() => use(memberNo, card.cardId, 3, Date.now(), receiptNo))).toBe('RECEIPT_DUPLICATE');
  expect(await codeOf(() => use(memberNo, card.cardId, 9))).toBe('CARD_USES_EXHAUSTED');
});

test('an expired card is refused; a 限时卡 has unlimited uses within its period', async () => {
  const { memberNo } = await c.newMember(Date.now());
  const card = await sell(memberNo, tenUses);
  expect(await codeOf(() => use(memberNo, card.cardId, 1, Date.now() + 91 * DAY_MS))).toBe('CARD_EXPIRED');
  const unlimited = await sell(memberNo, timed);
  for (let i = 0; i < 12; i++) expect(await use(memberNo, unlimited.cardId, 1)).toMatchObject({ usesLeft: null });
  expect(await codeOf(() => use(memberNo, unlimited.cardId, 1, Date.now() + 31 * DAY_MS))).toBe('CARD_EXPIRED');
});

test('a refund of unused uses is pro rata, audited; the card can no longer be used', async () => {
  const { memberId, memberNo } = await c.newMember(Date.now());
  const card = await sell(memberNo, tenUses);
  await use(memberNo, card.cardId, 3);
  expect(await refundCard(memberId, card.cardId, '顾客搬家', marketer, Date.now(), table.deps)).toEqual({
    cardId: card.cardId,
    refundedFen: 21_000,
    usesRefunded: 7,
  });
  expect(await codeOf(() => use(memberNo, card.cardId, 1))).toBe('CARD_EXPIRED');
  expect(await refundCard(memberId, card.cardId, '再退', marketer, Date.now(), table.deps)).toMatchObject({
    refundedFen: 21_000,
  });
  const audit = (await table.scanAll()).filter((item) => item.action === 'punch-card.refund');
  expect(audit.filter((entry) => entry.target?.id === card.cardId)).toHaveLength(1);
});

test("a card use reads the member and the card in one Query (the scan's), then writes once", async () => {
  const { memberNo } = await c.newMember(Date.now());
  const card = await sell(memberNo, tenUses);
  const db = createDocumentClient();
  const meter = meterClient(db);
  const deps = createAppDeps(table.config, db);
  const takeOneUse = () =>
    takeCardUses(
      { memberCode: c.code(memberNo, Date.now()), cardId: card.cardId, uses: 1, receiptNo: nextReceipt() },
      staffAt(),
      Date.now(),
      deps,
    );
  try {
    await takeOneUse(); // as a warm function: the staff account checked once
    meter.reset();
    expect(await takeOneUse()).toMatchObject({ usesLeft: 8 });
    expect(meter.totals).toMatchObject({ reads: 1, transactions: 1, cancelledTransactions: 0 });
    expect(meter.readsPer(1)).toMatch(/MEMBERNO/);
  } finally {
    db.destroy();
  }
});

test('the counter scan shows the active cards and the usable coupons, in one read', async () => {
  const { memberId, memberNo } = await c.newMember(Date.now());
  const active = await sell(memberNo, tenUses);
  const refunded = await sell(memberNo, timed);
  await refundCard(memberId, refunded.cardId, '顾客不需要了', marketer, Date.now(), table.deps);
  const db = createDocumentClient();
  const meter = meterClient(db);
  const deps = createAppDeps(table.config, db);
  const scan = () => scanCode(c.code(memberNo, Date.now()), staffAt(), Date.now(), deps);
  try {
    await scan(); // the program's settings and the store names, as a warm function holds them
    meter.reset();
    const scanned = await scan();
    expect(meter.totals).toMatchObject({ requests: 1, reads: 1 });
    if (scanned.kind !== 'member') throw new Error(`scanned a ${scanned.kind}`);
    expect(scanned.punchCards.map((card) => card.cardId)).toEqual([active.cardId]);
    const usable = usableCoupons(await table.deps.coupons.memberCoupons(memberId), memberId, 'S001', Date.now());
    expect(usable.length).toBeGreaterThan(0); // the welcome coupon
    expect(scanned.coupons.map((coupon) => coupon.couponId)).toEqual(usable.map((coupon) => coupon.couponId));
  } finally {
    db.destroy();
  }
});
