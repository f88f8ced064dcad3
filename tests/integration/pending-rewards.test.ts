import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { updateProgram } from '../../functions/src/features/program/update-program/use-case';
import { demoProgram } from '../../infra/seed/demo-program';
import { jobs } from '../../functions/src/jobs';
import { counter, marketer } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { newOpenid } from '../support/http';

/**
 * Rewards that wait for the refund window (product.md "待到账"): buying and refunding pays nothing. Each test
 * lives on its own business days, so the job runs of one never release another's rewards early.
 */
let table: TestTable;
let c: ReturnType<typeof counter>;
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
});
afterAll(() => table.drop());

const DAY = 86_400_000;
const release = (nowMs: number) => jobs['release-pending-rewards']!(nowMs, table.deps);
const register = async (nowMs: number, referralCode?: string) => {
  const { memberId } = await signIn({ code: `dev:${newOpenid('pending')}`, referralCode }, nowMs, table.deps);
  return (await table.deps.members.getById(memberId!))!;
};
/** An invitee with a referrer and the referrer's referrer. */
const family = async (nowMs: number) => {
  const grand = await register(nowMs);
  const referrer = await register(nowMs, grand.referralCode);
  const invitee = await register(nowMs, referrer.referralCode);
  return { grand, referrer, invitee };
};
/** What the card shows: spendable balance and points on their way. */
const account = async (memberId: string) => {
  const member = (await table.deps.members.getById(memberId, true))!;
  await c.checkInvariant(memberId);
  return { balance: member.lotPoints - member.pointsDebt, pending: member.pendingPoints };
};
/** The ledger as the member reads it, oldest first: what moved, and the state of each pending reward. */
const story = async (memberId: string) =>
  (await table.deps.pointsAccounts.ledger(memberId, { limit: 50 })).items
    .reverse()
    .map((entry) => [entry.reasonCode, entry.pending?.points ?? entry.points, entry.status ?? null]);

describe('rewards caused by a purchase wait for the refund window', () => {
  test("buy → full refund inside the window: the invitee's and both referrers' rewards are cancelled", async () => {
    const T = Date.parse('2026-03-02T10:00:00+08:00');
    const { grand, referrer, invitee } = await family(T);
    const bought = await c.purchase(invitee.memberNo, 2000, T);

    // Nothing spendable at once but the purchase's own points; the rewards are on their way.
    expect(await account(invitee.memberId)).toEqual({ balance: 20, pending: 50 });
    expect(await account(referrer.memberId)).toEqual({ balance: 0, pending: 100 });
    expect(await account(grand.memberId)).toEqual({ balance: 0, pending: 20 });
    const waiting = (await table.deps.pointsAccounts.ledger(referrer.memberId, { limit: 5 })).items[0]!;
    expect(waiting).toMatchObject({ status: 'pending', points: 0, pending: { points: 100 } });
    expect(waiting.releasesAt).toBe(new Date(T + 7 * DAY).toISOString());
    // Pending rewards count toward nothing: no referral count, no ranking, no badge progress.
    expect((await table.deps.members.getById(referrer.memberId))!.referralsRewarded).toBe(0);

    await c.refund(bought.purchaseId, undefined, T + 2 * DAY);
    expect(await account(invitee.memberId)).toEqual({ balance: 0, pending: 0 });
    expect(await account(referrer.memberId)).toEqual({ balance: 0, pending: 0 });
    expect(await account(grand.memberId)).toEqual({ balance: 0, pending: 0 });
    expect(await story(invitee.memberId)).toEqual([
      ['purchase', 20, null],
      ['task:first-purchase', 50, 'cancelled'],
      ['refund', -20, null],
    ]);
    expect(await story(referrer.memberId)).toEqual([['referral', 100, 'cancelled']]);

    // After the window the job finds nothing to release, however often it runs.
    await release(T + 8 * DAY);
    await release(T + 8 * DAY);
    expect(await account(referrer.memberId)).toEqual({ balance: 0, pending: 0 });
    expect(await account(invitee.memberId)).toEqual({ balance: 0, pending: 0 });
  });

  test('kept past the window: released once (job run twice); a later refund no longer touches them', async () => {
    const T = Date.parse('2026-04-06T10:00:00+08:00');
    const { grand, referrer, invitee } = await family(T);
    const bought = await c.purchase(invitee.memberNo, 2000, T);

    await release(T + 7 * DAY - 60_000);
    expect(await account(referrer.memberId)).toEqual({ balance: 0, pending: 100 });
    const first = await release(T + 7 * DAY + 60_000);
    const second = await release(T + 7 * DAY + 120_000);
    expect(first.released).toBeGreaterThanOrEqual(3);
    expect(second.released).toBe(0);
    expect(await account(invitee.memberId)).toEqual({ balance: 70, pending: 0 });
    expect(await account(referrer.memberId)).toEqual({ balance: 100, pending: 0 });
    expect(await account(grand.memberId)).toEqual({ balance: 20, pending: 0 });
    const stored = (await table.deps.members.getById(referrer.memberId))!;
    expect([stored.referralsRewarded, stored.referralPoints]).toEqual([1, 100]);
    expect(await story(referrer.memberId)).toEqual([
      ['referral', 100, 'released'],
      ['referral', 100, null],
    ]);

    await c.refund(bought.purchaseId, undefined, T + 9 * DAY);
    expect(await account(invitee.memberId)).toEqual({ balance: 50, pending: 0 });
    expect(await account(referrer.memberId)).toEqual({ balance: 100, pending: 0 });
  });

  test('a partial refund keeps each reward while what remains paid meets its own minimum', async () => {
    const T = Date.parse('2026-05-04T10:00:00+08:00');
    const { referrer, invitee } = await family(T);
    const bought = await c.purchase(invitee.memberNo, 2000, T);
    await c.refund(bought.purchaseId, 500, T + DAY); // ¥15 remain: ≥ referral.minPaidFen (¥10)
    expect(await account(referrer.memberId)).toEqual({ balance: 0, pending: 100 });
    await c.refund(bought.purchaseId, 600, T + 2 * DAY); // ¥9 remain: the referral is cancelled, the task is not
    expect(await account(referrer.memberId)).toEqual({ balance: 0, pending: 0 });
    expect((await account(invitee.memberId)).pending).toBe(50);
    await release(T + 8 * DAY);
    expect(await account(invitee.memberId)).toEqual({ balance: 9 + 50, pending: 0 });
    expect(await account(referrer.memberId)).toEqual({ balance: 0, pending: 0 });
  });

  test('a first purchase below referral.minPaidFen pays the referrer nothing', async () => {
    const T = Date.parse('2026-06-01T10:00:00+08:00');
    const { referrer, invitee } = await family(T);
    await c.purchase(invitee.memberNo, 900, T);
    await c.purchase(invitee.memberNo, 5000, T + 1000);
    expect(await account(referrer.memberId)).toEqual({ balance: 0, pending: 0 });
    expect(await account(invitee.memberId)).toEqual({ balance: 9 + 50, pending: 50 });
  });

  test('a refund and the release racing at the end of the window: exactly one of them decides', async () => {
    const T = Date.parse('2026-07-06T10:00:00+08:00');
    const { referrer, invitee } = await family(T);
    const bought = await c.purchase(invitee.memberNo, 2000, T);
    await Promise.all([release(T + 7 * DAY), c.refund(bought.purchaseId, undefined, T + 7 * DAY - 1)]);
    await release(T + 7 * DAY + 1000);
    const after = await account(referrer.memberId);
    expect([
      { balance: 0, pending: 0 },
      { balance: 100, pending: 0 },
    ]).toContainEqual(after);
  });
});

describe('the release job', () => {
  test('a run that fails half-way leaves the rest to the next run; nothing is paid twice', async () => {
    const T = Date.parse('2026-09-07T10:00:00+08:00');
    const members = await Promise.all([0, 1, 2, 3].map(() => register(T)));
    for (const member of members) await c.purchase(member.memberNo, 1000, T);
    let commits = 0;
    const crashing = {
      ...table.deps,
      commit: async (writes: Parameters<typeof table.deps.commit>[0]) => {
        if (++commits > 1) throw new Error('killed');
        return table.deps.commit(writes);
      },
    };
    const broken = await jobs['release-pending-rewards']!(T + 8 * DAY, crashing);
    expect(broken).toMatchObject({ released: 1 });
    expect(broken.failed).toBeGreaterThanOrEqual(3);
    const resumed = await release(T + 8 * DAY);
    expect(resumed.released).toBeGreaterThanOrEqual(3);
    expect((await release(T + 8 * DAY)).released).toBe(0);
    for (const member of members) expect(await account(member.memberId)).toEqual({ balance: 10 + 50, pending: 0 });
  });
});

describe('earning.pendingDays: the purchase’s own points may wait too', () => {
  test('own points wait; a partial refund lowers what will arrive; the release pays the rest once', async () => {
    const T = Date.parse('2027-03-01T10:00:00+08:00');
    const settings = { ...demoProgram, earning: { ...demoProgram.earning, pendingDays: 2 } };
    await updateProgram(settings, new Date(T).toISOString(), marketer, T - 30_000, table.deps);
    const member = await register(T + 60_000);
    const bought = await c.purchase(member.memberNo, 10000, T + 60_000);
    expect(await account(member.memberId)).toEqual({ balance: 0, pending: 100 + 50 });
    const refund = await c.refund(bought.purchaseId, 4000, T + DAY);
    expect(refund.pointsReversed).toBe(40);
    expect(await account(member.memberId)).toEqual({ balance: 0, pending: 60 + 50 });
    await release(T + 2 * DAY + 120_000);
    await release(T + 2 * DAY + 180_000);
    expect(await account(member.memberId)).toEqual({ balance: 60, pending: 50 });
    await release(T + 8 * DAY);
    expect(await account(member.memberId)).toEqual({ balance: 110, pending: 0 });
  });
});
