import { businessDateOf, type DomainError } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';
import { aggregateChanges } from '../../functions/src/features/analytics/aggregate';
import { analyticsOverview } from '../../functions/src/features/analytics/analytics-overview/use-case';
import { sellCard, takeCardUses } from '../../functions/src/features/cards/counter-cards';
import { refundCard } from '../../functions/src/features/cards/refund-card';
import { createCodeBatch, redeemCode } from '../../functions/src/features/plans/activation-codes';
import { createPlanOrder } from '../../functions/src/features/plans/create-plan-order/use-case';
import { refundPlan } from '../../functions/src/features/plans/refund-plan/use-case';
import { saveProduct, savePlan } from '../../functions/src/features/plans/save-catalog';
import { storeTopup } from '../../functions/src/features/wallet/store-topup/use-case';
import { counter, marketer, nextReceipt, staffAt } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { testEnv } from '../support/env';
import { readWholeStream } from '../support/stream';

/**
 * Issue 17's dashboard figures (plans bought, renewed, opened with a code, revenue and refunds; punch cards sold,
 * refunded and used; members holding a plan today) come from the change stream through the one exactly-once
 * aggregator: after a randomized workload through the real use cases, delivered in uneven, repeated and racing
 * batches, they equal a recomputation from the records themselves.
 */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const ZONE = demoProgram.timezone;
const HOUR_MS = 3_600_000;

let table: TestTable;
beforeAll(async () => (table = await createTestTable()));
afterAll(() => table.drop());

async function aggregateStream(nowMs: number, next: () => number) {
  const stream = await readWholeStream(testEnv.dynamoEndpoint(), table.tableName);
  for (const [shardId, changes] of stream) {
    for (let start = 0; start < changes.length; ) {
      const end = Math.min(changes.length, start + 1 + Math.floor(next() * 60));
      const batch = changes.slice(next() < 0.25 ? Math.max(0, start - 20) : start, end);
      if (next() < 0.2)
        await Promise.all([
          aggregateChanges(shardId, batch, nowMs, table.deps),
          aggregateChanges(shardId, batch, nowMs, table.deps),
        ]);
      else await aggregateChanges(shardId, batch, nowMs, table.deps);
      start = end;
    }
  }
}

test('plan and punch-card figures from the stream equal a recomputation from the records', async () => {
  const deps = table.deps;
  const c = counter(table);
  const next = random(17);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const start = Date.now();
  let nowMs = start;
  const benefits = { activationTemplateIds: [], monthlyTemplateIds: [], discountPercent: 90, pointsMultiplier: 1.5 };
  const plan = (
    await savePlan(
      { name: '啡常PLUS 月卡', periodDays: 30, priceFen: 1_900, active: true, benefits },
      null,
      marketer,
      nowMs,
      deps,
    )
  ).planId;
  const product = (
    await saveProduct(
      { name: '美式咖啡10次卡', uses: 10, priceFen: 15_000, validDays: 60, covers: '中杯美式', skus: [], active: true },
      null,
      marketer,
      nowMs,
      deps,
    )
  ).productId;
  const batch = await createCodeBatch(
    plan,
    { count: 12, expiresAt: new Date(start + 90 * 24 * HOUR_MS).toISOString() },
    marketer,
    nowMs,
    deps,
  );
  const codes = batch.content
    .replace('\uFEFF', '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((row) => row.split(',')[0]!);
  const members = await Promise.all(Array.from({ length: 8 }, () => c.newMember(nowMs)));
  const cards: { memberId: string; memberNo: string; cardId: string }[] = [];
  const tally: Record<string, number> = {};
  const count = (what: string) => (tally[what] = (tally[what] ?? 0) + 1);

  for (let step = 0; step < 90; step++) {
    nowMs += Math.floor(next() * 6 * HOUR_MS);
    const member = pick(members);
    const roll = next();
    try {
      if (roll < 0.25) {
        await storeTopup(
          { memberCode: c.code(member.memberNo, nowMs), receiptNo: nextReceipt(), amountFen: 1_900 },
          staffAt(),
          nowMs,
          deps,
        );
        await createPlanOrder(plan, 'wallet', member.memberId, nowMs, deps);
        count('planBought');
      } else if (roll < 0.35 && codes.length) {
        await redeemCode(codes.pop()!, member.memberId, nowMs, deps);
        count('codeRedeemed');
      } else if (roll < 0.5) {
        const card = await sellCard(
          { memberCode: c.code(member.memberNo, nowMs), productId: product, receiptNo: nextReceipt() },
          staffAt(pick(['S001', 'S002'])),
          nowMs,
          deps,
        );
        cards.push({ ...member, cardId: card.cardId });
        count('cardSold');
      } else if (roll < 0.85 && cards.length) {
        const card = pick(cards);
        await takeCardUses(
          {
            memberCode: c.code(card.memberNo, nowMs),
            cardId: card.cardId,
            uses: 1 + Math.floor(next() * 3),
            receiptNo: nextReceipt(),
          },
          staffAt(pick(['S001', 'S002'])),
          nowMs,
          deps,
        );
        count('cardUsed');
      } else if (roll < 0.93) {
        await refundPlan(member.memberId, '顾客要求', marketer, nowMs, deps);
        count('planRefunded');
      } else if (cards.length) {
        const card = pick(cards);
        await refundCard(card.memberId, card.cardId, '顾客要求', marketer, nowMs, deps);
        count('cardRefunded');
      }
    } catch (error) {
      const code = (error as DomainError).code ?? String(error);
      if (!['CARD_USES_EXHAUSTED', 'CARD_EXPIRED', 'NOT_REFUNDABLE', 'NOT_FOUND', 'CARD_REFUNDED'].includes(code))
        throw error;
      count(`refused ${code}`);
    }
  }
  await aggregateStream(nowMs, next);

  // The recomputation reads the records, not the aggregator's rules.
  const items = await table.scanAll();
  const today = businessDateOf(nowMs, ZONE);
  const expected = {
    members: 0,
    plansNew: 0,
    plansRenewed: 0,
    plansByCode: 0,
    planRevenueFen: 0,
    planRefundsFen: 0,
    cardsSold: 0,
    cardRevenueFen: 0,
    cardRefundsFen: 0,
    cardUses: 0,
  };
  for (const item of items) {
    if (
      item.entity === 'Member' &&
      item.paidPlan &&
      businessDateOf(Date.parse(item.paidPlan.activeUntil), ZONE) >= today
    )
      expected.members++;
    if (item.entity === 'PlanTerm') {
      if (item.priceFen === 0) expected.plansByCode++;
      else if (item.startsAt > item.boughtAt) expected.plansRenewed++;
      else expected.plansNew++;
      expected.planRevenueFen += item.priceFen;
      expected.planRefundsFen += item.refund?.refundedFen ?? 0;
    }
    if (item.entity === 'PunchCard') {
      expected.cardsSold++;
      expected.cardRevenueFen += item.priceFen;
      expected.cardRefundsFen += item.refund?.refundedFen ?? 0;
    }
    if (item.entity === 'CardUse') expected.cardUses += item.uses;
  }
  const overview = await analyticsOverview({ from: businessDateOf(start, ZONE), to: today }, nowMs, deps);
  expect(overview.plans).toEqual(expected);
  expect(expected.plansRenewed).toBeGreaterThan(0);
  expect(expected.plansByCode).toBeGreaterThan(0);
  expect(expected.cardUses).toBeGreaterThan(10);
  expect(expected.planRefundsFen + expected.cardRefundsFen).toBeGreaterThan(0);
  process.stdout.write(`plan analytics: ${JSON.stringify(tally)} → ${JSON.stringify(expected)}\n`);
}, 600_000);
