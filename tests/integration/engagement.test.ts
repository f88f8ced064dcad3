import { keys, OUTBOX_EXISTS } from '../../functions/src/adapters/dynamodb';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { checkinReminders } from '../../functions/src/jobs/checkin-reminders';
import { referralRewards } from '../../functions/src/jobs/referral-rewards';
import { releasePendingRewards } from '../../functions/src/jobs/release-pending-rewards';
import { updateProfile } from '../../functions/src/features/members/update-me/use-case';
import { createHandler as setReminders } from '../../functions/src/features/engagement/set-reminders/handler';
import { counter } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { newOpenid } from '../support/http';

let table: TestTable;
let c: ReturnType<typeof counter>;
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
});
afterAll(() => table.drop());

const NOW = Date.parse('2026-08-10T10:00:00+08:00');
const DAY = 86_400_000;
/** What a reward pays: a pending reward's entry moves nothing until its release (its points wait in `pending`). */
const paid = (entry: Record<string, any>) => entry.pending?.points ?? entry.points;
const register = async (referralCode?: string) => {
  const openid = newOpenid();
  const { memberId } = await signIn({ code: `dev:${openid}`, referralCode }, NOW, table.deps);
  return { ...(await table.deps.members.getById(memberId!))!, openid };
};
const bonuses = async (memberId: string, reasonCode: string) =>
  (await c.state(memberId)).ledger.filter((entry) => entry.reasonCode === reasonCode);

describe('tasks and badges, each paid once', () => {
  test('ten parallel profile completions pay the 完善资料 task once', async () => {
    const member = await register();
    const principal = { role: 'member' as const, openid: member.openid, memberId: member.memberId };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        updateProfile(principal, { nickname: `咖啡${i}`, birthday: '1990-01-01' }, NOW, table.deps),
      ),
    );
    expect(await bonuses(member.memberId, 'task:complete-profile')).toHaveLength(1);
    expect((await c.checkInvariant(member.memberId)).balance).toBe(20);
  });

  test('the first purchase pays its task once (after the refund window); ten purchases earn 咖啡行家 once', async () => {
    const member = await register();
    await Promise.all(Array.from({ length: 12 }, (_, i) => c.purchase(member.memberNo, 1000, NOW + i)));
    expect(await bonuses(member.memberId, 'task:first-purchase')).toHaveLength(1);
    const stored = (await table.deps.members.getById(member.memberId))!;
    expect(Object.keys(stored.badges)).toEqual(['coffee-expert']);
    expect([(await c.checkInvariant(member.memberId)).balance, stored.pendingPoints]).toEqual([12 * 10, 50]);
    await releasePendingRewards(NOW + 8 * DAY, table.deps);
    expect((await c.checkInvariant(member.memberId)).balance).toBe(12 * 10 + 50);
  });
});

describe('referral', () => {
  test('rewards on the first purchase only, once, at both levels', async () => {
    const grand = await register();
    const referrer = await register(grand.referralCode);
    const invitee = await register(referrer.referralCode);
    expect((await table.deps.members.getById(referrer.memberId))!.referralsInvited).toBe(1);
    expect(await bonuses(referrer.memberId, 'referral')).toHaveLength(0); // nothing at sign-up
    await Promise.all([c.purchase(invitee.memberNo, 2000, NOW), c.purchase(invitee.memberNo, 2000, NOW + 1)]);
    await c.purchase(invitee.memberNo, 2000, NOW + 2);
    expect((await bonuses(referrer.memberId, 'referral')).map(paid)).toEqual([100]);
    expect((await bonuses(grand.memberId, 'referral-second-level')).map(paid)).toEqual([20]);
    expect(await referralRewards(NOW, table.deps)).toEqual({ settled: 0, capped: 0 });
    // They count once released (after the refund window), then both levels are paid.
    expect((await table.deps.members.getById(referrer.memberId))!.referralsRewarded).toBe(0);
    await releasePendingRewards(NOW + 8 * DAY, table.deps);
    const stored = (await table.deps.members.getById(referrer.memberId))!;
    expect([stored.referralsRewarded, stored.referralPoints]).toEqual([1, 100]);
    expect((await c.checkInvariant(referrer.memberId)).balance).toBe(100);
    expect((await c.checkInvariant(grand.memberId)).balance).toBe(20);
  });

  test('a member cannot refer themselves: their own code at a later login changes nothing', async () => {
    const member = await register();
    await signIn({ code: `dev:${member.openid}`, referralCode: member.referralCode }, NOW, table.deps);
    expect((await table.deps.members.getById(member.memberId))!.referrerId).toBeNull();
  });

  test('at most 50 rewarded invitees per referrer per year', async () => {
    const referrer = await register();
    const invitees = await Promise.all(Array.from({ length: 52 }, () => register(referrer.referralCode)));
    for (const invitee of invitees) await c.purchase(invitee.memberNo, 1500, NOW);
    expect(await bonuses(referrer.memberId, 'referral')).toHaveLength(50);
    expect((await table.deps.members.getById(referrer.memberId))!.pendingPoints).toBe(50 * 100);
    const records = (await table.scanAll()).filter(
      (item) => item.pk === keys.member(referrer.memberId).pk && item.sk.startsWith(keys.referral('', '').sk),
    );
    expect(records.filter((r) => r.status === 'capped')).toHaveLength(2);
    expect(records.filter((r) => r.status === 'rewarded')).toHaveLength(50);
    // A new year opens a new allowance.
    const nextYear = await register(referrer.referralCode);
    await c.purchase(nextYear.memberNo, 1500, Date.parse('2027-01-05T10:00:00+08:00'));
    expect(await bonuses(referrer.memberId, 'referral')).toHaveLength(51);
  }, 120_000);
});

describe('check-in reminders', () => {
  test('the job writes one reminder per opted-in member who has not checked in, however often it runs', async () => {
    const optedIn = await register();
    const optedOut = await register();
    const remind = setReminders(() => table.deps);
    const token = (openid: string, memberId: string) =>
      table.deps.tokens.issue({ sub: openid, role: 'member', memberId, stage: 'local' }, Date.now()).token;
    const put = (member: { openid: string; memberId: string }, checkin: boolean) =>
      remind({
        rawPath: '/v1/me/reminders',
        routeKey: 'PUT /v1/me/reminders',
        headers: { authorization: `Bearer ${token(member.openid, member.memberId)}` },
        body: JSON.stringify({ checkin }),
      });
    expect((await put(optedIn, true)).statusCode).toBe(200);
    await put(optedOut, true);
    await put(optedOut, false);
    const evening = Date.parse('2026-08-10T20:00:00+08:00');
    const first = await checkinReminders(evening, table.deps);
    const second = await checkinReminders(evening, table.deps);
    expect(first.written).toBeGreaterThanOrEqual(1);
    expect(second.written).toBe(0);
    const outbox = await table.deps.engagement.outbox('2026-08-10', 100);
    expect(outbox.items.filter((m) => m.memberId === optedIn.memberId)).toHaveLength(1);
    expect(outbox.items.filter((m) => m.memberId === optedOut.memberId)).toHaveLength(0);
  });
});

describe('the outbox', () => {
  test('a message is written once whichever writer builds it, and a second one is refused as an outbox message', async () => {
    const message = {
      messageId: `m-${newOpenid()}#coupon#c1`,
      memberId: 'm-1',
      template: 'coupon-arrived',
      title: '券到账提醒',
      body: '您有一张「满30减5」已到账',
      page: 'pages/coupons/index',
      createdAt: new Date(NOW).toISOString(),
      status: 'pending' as const,
    };
    expect(await table.deps.engagement.putOutbox('2026-08-11', message)).toBe('created');
    const again = await table.deps.commit([table.deps.engagement.outboxWrite('2026-08-11', message)]);
    // Tagged as what it is: a transaction that also issues a coupon must not read it as "the coupon exists".
    expect(again).toEqual({ ok: false, failed: [OUTBOX_EXISTS] });
    expect(await table.deps.engagement.putOutbox('2026-08-11', message)).toBe('exists');
    const day = await table.deps.engagement.outbox('2026-08-11', 100);
    expect(day.items.filter((item) => item.messageId === message.messageId)).toEqual([
      { ...message, date: '2026-08-11' },
    ]);
  });
});
