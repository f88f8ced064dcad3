/**
 * `npm run bench -- plans`: activation codes redeemed under contention (many members, few codes) and punch-card uses
 * (many uses racing for few cards), each between two legs of raw conditional writes of the same shape in the same run
 * (before and after, on keys of their own: `aroundRaw`), on a DynamoDB Local warmed first; the load average is
 * printed with every figure, since the machine is shared.
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
import { aroundRaw, measure, printTable } from './measure';
import { benchCardUses } from './card-uses';

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
  await withBenchStack(async (context) => {
    const { db, deps, table } = context;
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

    // Codes: every member tries one of 20 codes at once; exactly 20 memberships result. The raw leg runs before and
    // after, each time on 20 codes of its own.
    const rawCode = (i: number) => `RAWCODE${Math.floor(i / MEMBERS)}-${i % CODES}`;
    for (let i = 0; i < 2 * MEMBERS; i++)
      if (i % MEMBERS < CODES)
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.activationCode(rawCode(i)),
            UpdateExpression: 'SET usedBy = :nobody',
            ExpressionAttributeValues: { ':nobody': null },
          }),
        );
    let rawUsed = 0;
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
    const codeLegs = await aroundRaw(
      'raw conditional Update (code use)',
      MEMBERS,
      CONCURRENCY,
      async (i) => {
        try {
          await db.send(
            new UpdateCommand({
              TableName: table,
              Key: keys.activationCode(rawCode(i)),
              UpdateExpression: 'SET usedBy = :member',
              ConditionExpression: 'usedBy = :nobody',
              ExpressionAttributeValues: { ':member': members[i % MEMBERS]!.memberId, ':nobody': null },
            }),
          );
          rawUsed++;
        } catch (error) {
          if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        }
      },
      async () => [
        await measure('redeem code (use case)', MEMBERS, CONCURRENCY, async (i) => {
          try {
            await redeemCode(codes[i % CODES]!, members[i]!.memberId, Date.now(), deps);
            outcomes.ok = (outcomes.ok ?? 0) + 1;
          } catch (error) {
            const code = (error as { code?: string }).code ?? 'error';
            outcomes[code] = (outcomes[code] ?? 0) + 1;
          }
        }),
      ],
    );

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
    const rawCard = (i: number) => `raw-${Math.floor(i / attempts)}-${i % CARDS}`;
    for (let i = 0; i < 2 * attempts; i++)
      if (i % attempts < CARDS)
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.punchCard('RAW', rawCard(i)),
            UpdateExpression: 'SET usesLeft = :n',
            ExpressionAttributeValues: { ':n': USES_PER_CARD },
          }),
        );
    let rawUses = 0;
    const useOutcomes: Record<string, number> = {};
    const cardLegs = await aroundRaw(
      'raw conditional Update (card use)',
      attempts,
      CONCURRENCY,
      async (i) => {
        try {
          await db.send(
            new UpdateCommand({
              TableName: table,
              Key: keys.punchCard('RAW', rawCard(i)),
              UpdateExpression: 'ADD usesLeft :minus',
              ConditionExpression: 'usesLeft >= :one',
              ExpressionAttributeValues: { ':minus': -1, ':one': 1 },
            }),
          );
          rawUses++;
        } catch (error) {
          if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        }
      },
      async () => [
        await measure('use 1 of a card (use case)', attempts, CONCURRENCY, async (i) => {
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
        }),
      ],
    );

    process.stdout.write(`\nload average after: ${load()}\n\n`);
    printTable([...codeLegs.rows, ...cardLegs.rows]);
    const [redeem] = codeLegs.rows.slice(1, 2);
    const [uses] = cardLegs.rows.slice(1, 2);
    process.stdout.write(
      `\ncodes: ${MEMBERS} members on ${CODES} codes → raw ${rawUsed} used (two legs of ${CODES}); use case ${JSON.stringify(outcomes)}` +
        `; the use case runs at ${codeLegs.ratioOf(redeem!)} of raw (mean of the two raw legs; it reads the code, plan and member and writes one transaction of 4–5 items)\n` +
        `cards: ${attempts} uses on ${CARDS} cards of ${USES_PER_CARD} → raw ${rawUses} (two legs); use case ${JSON.stringify(useOutcomes)}` +
        `; the use case runs at ${cardLegs.ratioOf(uses!)} of raw (it checks the member code and writes card + use + receipt in one transaction)\n`,
    );
    await benchCardUses(context, product.productId);
  });
}
