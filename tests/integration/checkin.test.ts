import { keys } from '../../functions/src/adapters/dynamodb';
import { checkIn } from '../../functions/src/features/engagement/check-in/use-case';
import { makeUp } from '../../functions/src/features/engagement/checkin-makeup/use-case';
import type { Principal } from '../../functions/src/http/route';
import { counter } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let c: ReturnType<typeof counter>;
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
});
afterAll(() => table.drop());

const at = (iso: string) => Date.parse(iso);
const memberAt = async (iso: string): Promise<Principal> => ({
  role: 'member',
  openid: 'm',
  memberId: (await c.newMember(at(iso))).memberId,
});
const checkinEntries = async (memberId: string) =>
  (await c.state(memberId)).ledger.filter((entry) => entry.reasonCode === 'checkin');

describe('daily check-in', () => {
  test('30 parallel check-ins on one business day: exactly one reward; the others 409 with today’s result', async () => {
    const member = await memberAt('2026-03-01T08:00:00+08:00');
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => checkIn(member, at('2026-03-05T12:00:00+08:00'), table.deps)),
    );
    const done = results.filter((result) => result.status === 'fulfilled');
    expect(done).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]) {
      expect(result.reason).toMatchObject({
        code: 'CHECKIN_ALREADY_DONE',
        details: { today: { date: '2026-03-05', streak: 1, points: 5 } },
      });
    }
    expect(await checkinEntries(member.memberId!)).toHaveLength(1);
    const { ledger } = await c.state(member.memberId!);
    expect(ledger.filter((entry) => entry.reasonCode === 'task:first-checkin')).toHaveLength(1);
    expect(
      (await table.scanAll()).filter(
        (item) => item.pk === keys.member(member.memberId!).pk && item.sk.startsWith(keys.checkin('', '').sk),
      ),
    ).toHaveLength(1);
    expect((await c.checkInvariant(member.memberId!)).balance).toBe(5 + 10);
  });

  test('day boundaries follow program time', async () => {
    const member = await memberAt('2026-02-20T08:00:00+08:00');
    expect(await checkIn(member, at('2026-03-01T23:59:00+08:00'), table.deps)).toMatchObject({
      date: '2026-03-01',
      streak: 1,
    });
    expect(await checkIn(member, at('2026-03-02T00:01:00+08:00'), table.deps)).toMatchObject({
      date: '2026-03-02',
      streak: 2,
    });
    const other = await memberAt('2026-02-20T08:00:00+08:00');
    await checkIn(other, at('2026-03-02T07:00:00+08:00'), table.deps); // 2026-03-01 in UTC
    await expect(checkIn(other, at('2026-03-02T09:00:00+08:00'), table.deps)).rejects.toMatchObject({
      code: 'CHECKIN_ALREADY_DONE',
    });
  });

  test('a 7-day cycle pays +10 on day 3 and +30 on day 7 (75 in all); day 8 starts the cycle again; a gap resets the streak', async () => {
    const member = await memberAt('2026-04-01T08:00:00+08:00');
    const results = [];
    for (let day = 1; day <= 8; day++)
      results.push(await checkIn(member, at(`2026-04-${String(day).padStart(2, '0')}T10:00:00+08:00`), table.deps));
    expect(results.map((r) => [r.streak, r.cycleDay, r.points])).toEqual([
      [1, 1, 5],
      [2, 2, 5],
      [3, 3, 15],
      [4, 4, 5],
      [5, 5, 5],
      [6, 6, 5],
      [7, 7, 35],
      [8, 1, 5],
    ]);
    expect(results.slice(0, 7).reduce((sum, r) => sum + r.points, 0)).toBe(75);
    expect(await checkIn(member, at('2026-04-10T10:00:00+08:00'), table.deps)).toMatchObject({
      streak: 1,
      cycleDay: 1,
    });
    const { member: stored } = await c.state(member.memberId!);
    expect(stored.growthLifetime).toBe(9);
    expect(stored.bestStreak).toBe(8);
    expect(Object.keys(stored.badges).sort()).toEqual(['first-checkin', 'streak-7']);
  });
});

describe('makeup check-in', () => {
  test('restores the streak, costs 20 and gives 5; at most twice a month', async () => {
    const member = await memberAt('2026-05-01T08:00:00+08:00');
    for (const day of ['01', '02', '04', '06', '07'])
      await checkIn(member, at(`2026-05-${day}T10:00:00+08:00`), table.deps);
    const before = (await c.checkInvariant(member.memberId!)).balance;
    const made = await makeUp(member, '2026-05-03', at('2026-05-07T12:00:00+08:00'), table.deps);
    expect(made).toMatchObject({ date: '2026-05-03', points: 5, bonus: 0, streak: 2 }); // 06–07 still apart from 01–04
    expect((await c.checkInvariant(member.memberId!)).balance).toBe(before - 20 + 5);
    expect(await makeUp(member, '2026-05-05', at('2026-05-07T12:00:00+08:00'), table.deps)).toMatchObject({
      streak: 7,
    });
    await expect(makeUp(member, '2026-05-08', at('2026-05-09T12:00:00+08:00'), table.deps)).rejects.toMatchObject({
      code: 'MAKEUP_NOT_ALLOWED',
      details: { reason: 'limit' },
    });
  });

  test.each([
    ['a future day', '2026-06-20', 'future'],
    ['today', '2026-06-15', 'today'],
    ['a past month', '2026-05-31', 'past-month'],
    ['a day before joining', '2026-06-02', 'before-joining'],
    ['a day already checked', '2026-06-10', 'already-checked'],
  ])('is refused for %s', async (_what, date, reason) => {
    const member = await memberAt('2026-06-03T08:00:00+08:00');
    await c.adjust(member.memberId!, 100, at('2026-06-03T09:00:00+08:00'));
    await checkIn(member, at('2026-06-10T10:00:00+08:00'), table.deps);
    const balance = (await c.checkInvariant(member.memberId!)).balance;
    await expect(makeUp(member, date, at('2026-06-15T12:00:00+08:00'), table.deps)).rejects.toMatchObject({
      code: 'MAKEUP_NOT_ALLOWED',
      details: { reason },
    });
    expect((await c.checkInvariant(member.memberId!)).balance).toBe(balance);
  });

  test('needs the points to pay for it', async () => {
    const member = await memberAt('2026-07-01T08:00:00+08:00');
    await checkIn(member, at('2026-07-01T10:00:00+08:00'), table.deps); // 5 + 10 task
    await expect(makeUp(member, '2026-07-02', at('2026-07-04T10:00:00+08:00'), table.deps)).rejects.toMatchObject({
      code: 'POINTS_INSUFFICIENT',
    });
  });
});
