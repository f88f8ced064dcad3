/**
 * `npm run bench -- plans`: activation codes redeemed under contention (many members, few codes) and punch-card uses
 * (many uses racing for few cards), each beside raw conditional writes of the same shape in the same run, on a
 * DynamoDB Local warmed first; the load average is printed with the figures, since the machine is shared.
 */
import { loadavg } from 'node:os';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../functions/src/adapters/dynamodb';
import { createCodeBatch, redeemCode } from '../../functions/src/features/plans/activation-codes';
import { savePlan } from '../../functions/src/features/plans/save-catalog';
import { takeCardUses, sellCard } from '../../functions/src/features/cards/counter-cards';
import { saveProduct } from '../../functions/src/features/plans/save-catalog';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { withBenchStack } from './bench-stack';
import { bulkMembers } from './bulk-members';
import { measure, printTable, type Measurement } from './measure';

const MEMBERS = Number(process.env.BENCH_PLAN_MEMBERS ?? 400);
const CODES = 20;
const CARDS = 20;
const USES_PER_CARD = 10;
const CONCURRENCY = 32;
const marketer = { role: 'marketer' as const, openid: 'bench' };
const staff = { role: 'staff' as const, openid: 'staff-s001', storeId: 'S001' };
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

export async function benchPlans(): Promise<void> {
  await withBenchStack(async ({ db, deps, table }) => {
    const now = Date.now();
    const members = await bulkMembers(db, table, 'PLAN', MEMBERS);
    // Warm-up: DynamoDB Local's first requests pay the JVM's start; these are not measured.
    await measure('warm-up', 300, CONCURRENCY, (i) => deps.members.getById(members[i % MEMBERS]!.memberId, true));
    process.stdout.write(`load average before: ${load()}\n`);
    const plan = await savePlan(
      {
        name: 'bench PLUS',
        periodDays: 30,
        priceFen: 1_900,
        active: true,
        benefits: { discountPercent: 90, pointsMultiplier: 1.5, activationTemplateIds: [], monthlyTemplateIds: [] },
      },
      null,
      marketer,
      now,
      deps,
    );

    // Codes: every member tries one of 20 codes at once; exactly 20 memberships result.
    const rawCodes = Array.from({ length: CODES }, (_, i) => `RAWCODE${i}`);
    for (const code of rawCodes)
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.activationCode(code),
          UpdateExpression: 'SET usedBy = :nobody',
          ExpressionAttributeValues: { ':nobody': null },
        }),
      );
    let rawUsed = 0;
    const raw = await measure('raw conditional Update (code use)', MEMBERS, CONCURRENCY, async (i) => {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.activationCode(rawCodes[i % CODES]!),
            UpdateExpression: 'SET usedBy = :member',
            ConditionExpression: 'usedBy = :nobody',
            ExpressionAttributeValues: { ':member': members[i]!.memberId, ':nobody': null },
          }),
        );
        rawUsed++;
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      }
    });
    const file = await createCodeBatch(
      plan.planId,
      { count: CODES, expiresAt: new Date(now + 86_400_000).toISOString() },
      marketer,
      now,
      deps,
    );
    const codes = file.content
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(',')[0]!);
    const outcomes: Record<string, number> = {};
    const redeem = await measure('redeem code (use case)', MEMBERS, CONCURRENCY, async (i) => {
      try {
        await redeemCode(codes[i % CODES]!, members[i]!.memberId, Date.now(), deps);
        outcomes.ok = (outcomes.ok ?? 0) + 1;
      } catch (error) {
        const code = (error as { code?: string }).code ?? 'error';
        outcomes[code] = (outcomes[code] ?? 0) + 1;
      }
    });

    // Cards: 20 cards of 10 uses, 30 uses racing for each; exactly 200 uses land.
    const product = await saveProduct(
      {
        name: 'bench 10次卡',
        uses: USES_PER_CARD,
        priceFen: 15_000,
        validDays: 90,
        covers: 'bench',
        skus: [],
        active: true,
      },
      null,
      marketer,
      now,
      deps,
    );
    // Card holders register as members do (the counter finds them by their member number).
    const holders: NonNullable<Awaited<ReturnType<typeof deps.members.getById>>>[] = [];
    for (let i = 0; i < CARDS; i++) {
      const { memberId } = await signIn({ code: `dev:bench-card-${now}-${i}` }, now, deps);
      holders.push((await deps.members.getById(memberId!))!);
    }
    const code = (memberNo: string) => deps.memberCodes.issue(memberNo, Date.now(), 60).code;
    const cards: Awaited<ReturnType<typeof sellCard>>[] = [];
    for (const [i, holder] of holders.entries())
      cards.push(
        await sellCard(
          { memberCode: code(holder.memberNo), productId: product.productId, receiptNo: `BS${i}` },
          staff,
          Date.now(),
          deps,
        ),
      );
    const attempts = CARDS * 30;
    for (const [i] of holders.entries())
      await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.punchCard('RAW', `raw-${i}`),
          UpdateExpression: 'SET usesLeft = :n',
          ExpressionAttributeValues: { ':n': USES_PER_CARD },
        }),
      );
    let rawUses = 0;
    const rawCard = await measure('raw conditional Update (card use)', attempts, CONCURRENCY, async (i) => {
      try {
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.punchCard('RAW', `raw-${i % CARDS}`),
            UpdateExpression: 'ADD usesLeft :minus',
            ConditionExpression: 'usesLeft >= :one',
            ExpressionAttributeValues: { ':minus': -1, ':one': 1 },
          }),
        );
        rawUses++;
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      }
    });
    const useOutcomes: Record<string, number> = {};
    const uses = await measure('use 1 of a card (use case)', attempts, CONCURRENCY, async (i) => {
      const holder = holders[i % CARDS]!;
      try {
        await takeCardUses(
          { memberCode: code(holder.memberNo), cardId: cards[i % CARDS]!.cardId, uses: 1, receiptNo: `BU${i}` },
          staff,
          Date.now(),
          deps,
        );
        useOutcomes.ok = (useOutcomes.ok ?? 0) + 1;
      } catch (error) {
        const reason = (error as { code?: string }).code ?? 'error';
        useOutcomes[reason] = (useOutcomes[reason] ?? 0) + 1;
      }
    });

    process.stdout.write(`\nload average after: ${load()}\n\n`);
    printTable([raw, redeem, rawCard, uses]);
    const ratio = (slow: Measurement, fast: Measurement) => (fast.throughput / slow.throughput).toFixed(1);
    process.stdout.write(
      `\ncodes: ${MEMBERS} members on ${CODES} codes → raw ${rawUsed} used; use case ${JSON.stringify(outcomes)}` +
        `; raw is ${ratio(redeem, raw)}× the use case's throughput (the use case reads the code, plan and member and writes one transaction of 4–5 items)\n` +
        `cards: ${attempts} uses on ${CARDS} cards of ${USES_PER_CARD} → raw ${rawUses}; use case ${JSON.stringify(useOutcomes)}` +
        `; raw is ${ratio(uses, rawCard)}× (the use case checks the member code and writes card + use + receipt in one transaction)\n`,
    );
  });
}
