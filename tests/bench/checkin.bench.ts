/**
 * `npm run bench -- checkin`: 5,000 check-ins by distinct members on one day from 8 concurrent clients —
 * in-process through the use case and over HTTP — beside raw TransactWriteItems of the same items in the same run.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { keys, type MemberRecord } from '../../functions/src/adapters/dynamodb';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { checkIn } from '../../functions/src/features/engagement/check-in/use-case';
import { withBenchStack } from './bench-stack';
import { measure, printTable, type Measurement } from './measure';

const CHECKINS = Number(process.env.BENCH_CHECKINS ?? 5000);
const CONCURRENCY = 8;

export async function benchCheckin(): Promise<void> {
  await withBenchStack(async ({ stack, db, meter, deps, table }) => {
    const now = Date.now();
    const register = async (count: number, prefix: string) => {
      const members: MemberRecord[] = [];
      await measure(`register ${prefix}`, count, CONCURRENCY, async (i) => {
        const { memberId } = await signIn({ code: `dev:${prefix}-${now}-${i}` }, now, deps);
        members[i] = (await deps.members.getById(memberId!))!;
      });
      return members;
    };
    process.stdout.write(`registering ${CHECKINS * 3} members for three runs…\n`);
    const [rawMembers, inProcessMembers, httpMembers] = [
      await register(CHECKINS, 'raw'),
      await register(CHECKINS, 'inp'),
      await register(CHECKINS, 'http'),
    ];
    const today = new Date(now).toISOString().slice(0, 10);

    // Raw: the items a member's first check-in writes — the day marker, the check-in's ledger entry and lot, the
    // first-check-in task's entry and lot, and the member's totals — without the read before it.
    const raw = await measure('raw TransactWriteItems (6 items)', CHECKINS, CONCURRENCY, (i) => {
      const member = rawMembers[i]!;
      const id = ulid();
      const taskId = ulid();
      const at = new Date().toISOString();
      return db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { ...keys.checkin(member.memberId, today), date: today, streak: 1, points: 5 },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: {
                  ...keys.ledgerEntry(member.memberId, at, member.version, id),
                  type: 'earn',
                  points: 5,
                  growth: 1,
                  balanceAfter: 5,
                  at,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.lot(member.memberId, id), remaining: 5, initial: 5, earnedAt: at },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: {
                  ...keys.ledgerEntry(member.memberId, at, member.version, taskId),
                  type: 'bonus',
                  points: 10,
                  growth: 0,
                  balanceAfter: 15,
                  at,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: table,
                Item: { ...keys.lot(member.memberId, taskId), remaining: 10, initial: 10, earnedAt: at },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: table,
                Key: keys.member(member.memberId),
                UpdateExpression: 'SET lotPoints = :p, version = :next',
                ConditionExpression: 'version = :v',
                ExpressionAttributeValues: { ':p': 15, ':next': member.version + 1, ':v': member.version },
              },
            },
          ],
        }),
      );
    });
    meter.reset();
    const inProcess = await measure('check-in use case (in-process)', CHECKINS, CONCURRENCY, (i) => {
      const member = inProcessMembers[i]!;
      return checkIn({ role: 'member', openid: member.openid, memberId: member.memberId }, Date.now(), deps);
    });
    const usage = { ...meter.totals };
    const readsLine = meter.readsPer(CHECKINS);
    const tokens = httpMembers.map(
      (member) =>
        deps.tokens.issue({ sub: member.openid, role: 'member', memberId: member.memberId, stage: 'local' }, Date.now())
          .token,
    );
    const overHttp: Measurement = await measure('POST /v1/checkins (HTTP)', CHECKINS, CONCURRENCY, async (i) => {
      const response = await fetch(`${stack.apiUrl}/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[i]}` },
      });
      if (response.status !== 201) throw new Error(`status ${response.status}`);
    });
    process.stdout.write(
      `\nbench checkin: ${CHECKINS} check-ins by distinct members on one day, ${CONCURRENCY} concurrent clients, DynamoDB Local\n`,
    );
    printTable([raw, inProcess, overHttp]);
    process.stdout.write(
      `\nper check-in (in-process): ${(usage.requests / CHECKINS).toFixed(2)} DynamoDB requests — ${(usage.reads / CHECKINS).toFixed(2)} reads, ${(usage.transactions / CHECKINS).toFixed(2)} transactions; ` +
        `${(usage.writeUnits / CHECKINS).toFixed(1)} WCU, ${(usage.readUnits / CHECKINS).toFixed(1)} RCU\n` +
        `reads per check-in: ${readsLine || 'none'}\n` +
        `in-process rate / raw: ${((inProcess.throughput / raw.throughput) * 100).toFixed(0)}%; HTTP / raw: ${((overHttp.throughput / raw.throughput) * 100).toFixed(0)}%\n`,
    );
  });
}
