import { notice } from '@app/shared';
import type { OutboxRecord } from '../../functions/src/adapters/dynamodb';
import { keys } from '../../functions/src/adapters/dynamodb';
import type { WechatServerApi } from '../../functions/src/adapters/wechat/server-api';
import type { AppDeps } from '../../functions/src/composition';
import { SENDING_LEASE_MS } from '../../functions/src/features/notifications/deliver';
import { recordSubscriptions } from '../../functions/src/features/notifications/record-subscriptions/use-case';
import { sendNotifications } from '../../functions/src/jobs/send-notifications';
import { demoProgram } from '../../infra/seed/demo-program';
import { createTestTable, type TestTable } from '../support/dynamo';
import { startWechatForTests } from '../support/wechat';
import { counter } from '../support/counter';

/**
 * The sender against DynamoDB Local and the WeChat API stand-in: outbox → subscribeMessage.send, one credit per
 * message, every message ending sent / skipped / failed with its reason, none sent twice.
 */
let table: TestTable;
let wechat: Awaited<ReturnType<typeof startWechatForTests>>;
let deps: AppDeps;
beforeAll(async () => {
  [table, wechat] = await Promise.all([createTestTable(), startWechatForTests()]);
  deps = { ...table.deps, wechatApi: wechat.api };
});
afterAll(async () => {
  await wechat.stop();
  await table.drop();
});
beforeEach(async () => {
  await wechat.apiControls.reset();
  // Messages of earlier tests are final by now; a run only finds what each test writes.
  await sendNotifications(Date.now() + 2 * SENDING_LEASE_MS, deps);
});

const templates = demoProgram.notifications.templates;
let sequence = 0;
async function memberWithMessage(options: { credits?: number } = {}) {
  const nowMs = Date.now();
  const { memberId } = await counter(table).newMember(nowMs);
  const member = (await table.deps.members.getById(memberId))!;
  const principal = { role: 'member' as const, openid: member.openid, memberId };
  for (let i = 0; i < (options.credits ?? 0); i++)
    await recordSubscriptions(principal, { accepted: ['coupon-arrived'], rejected: [] }, nowMs, table.deps);
  const [date, message] = notice('coupon-arrived', {
    memberId,
    occasion: `test-${++sequence}`,
    nowMs,
    timeZone: 'Asia/Shanghai',
    values: { couponTitle: '拿铁第二杯半价', validUntil: '2027-01-31' },
  });
  await table.deps.engagement.putOutbox(date, message);
  return { memberId, openid: member.openid, date, messageId: message.messageId };
}
const stored = async (m: { date: string; messageId: string }) =>
  (await table.deps.notifications.message(m.date, m.messageId)) as OutboxRecord;
const received = async (openid: string) => (await wechat.apiControls.messages()).filter((x) => x.touser === openid);
const credits = async (memberId: string) => (await table.deps.notifications.credits(memberId))['coupon-arrived'] ?? 0;

test('an accepted prompt is one credit: the message is sent once, with the template and keywords of the settings', async () => {
  const m = await memberWithMessage({ credits: 1 });
  expect(await credits(m.memberId)).toBe(1);
  await sendNotifications(Date.now(), deps);
  await sendNotifications(Date.now(), deps);
  const [delivered, ...more] = await received(m.openid);
  expect(more).toHaveLength(0);
  expect(delivered).toMatchObject({
    result: 'delivered',
    templateId: templates['coupon-arrived']!.templateId,
    page: 'pages/coupons/index',
    data: { thing1: '拿铁第二杯半价', date2: '2027-01-31' },
  });
  expect(await stored(m)).toMatchObject({ status: 'sent', msgid: delivered!.msgid, attempts: 1 });
  expect((await stored(m)).sentAt).toBeTruthy();
  expect(await credits(m.memberId)).toBe(0);
  const item = (await table.scanAll()).find(
    (i) => i.pk === keys.outbox(m.date, m.messageId).pk && i.sk === m.messageId,
  );
  expect(item?.gsi2pk).toBeUndefined();
});

test('without a credit the message is skipped, recorded with its reason, and nothing reaches WeChat', async () => {
  const m = await memberWithMessage();
  await sendNotifications(Date.now(), deps);
  expect(await stored(m)).toMatchObject({ status: 'skipped', reason: 'no-credit' });
  expect(await received(m.openid)).toHaveLength(0);
});

test('43101 (the member refused or has no quota): failed, never tried again', async () => {
  const m = await memberWithMessage({ credits: 2 });
  await wechat.apiControls.refuse(m.openid);
  await sendNotifications(Date.now(), deps);
  await sendNotifications(Date.now() + 2 * SENDING_LEASE_MS, deps);
  expect(await stored(m)).toMatchObject({ status: 'failed', reason: 'refused', attempts: 1 });
  expect((await received(m.openid)).map((x) => x.result)).toEqual(['refused']);
});

test.each([
  ['expired (42001)', () => wechat.apiControls.expireTokens()],
  ['invalidated (40001)', () => wechat.apiControls.invalidateTokens()],
])('an access token %s is renewed once and the message sent', async (_name, spoil) => {
  const warmUp = await memberWithMessage({ credits: 1 });
  await sendNotifications(Date.now(), deps);
  expect(await stored(warmUp)).toMatchObject({ status: 'sent' });
  const fetches = async () => (await wechat.apiControls.calls()).filter((c) => c.path.endsWith('stable_token')).length;
  const before = await fetches();
  await spoil();
  const m = await memberWithMessage({ credits: 1 });
  await sendNotifications(Date.now(), deps);
  expect(await stored(m)).toMatchObject({ status: 'sent', attempts: 1 });
  expect(await received(m.openid)).toHaveLength(1);
  expect((await fetches()) - before).toBe(1);
});

test('WeChat busy: retried with backoff, then back to pending with the credit returned, then failed after 3 runs', async () => {
  const m = await memberWithMessage({ credits: 1 });
  await wechat.apiControls.fault({ match: 'subscribe/send', kind: 'errcode', errcode: -1, times: 9 });
  for (let run = 1; run <= 3; run++) {
    await sendNotifications(Date.now(), deps);
    expect(await stored(m)).toMatchObject({
      status: run < 3 ? 'pending' : 'failed',
      reason: 'unavailable',
      attempts: run,
    });
    expect(await credits(m.memberId)).toBe(1);
  }
  expect(await received(m.openid)).toHaveLength(0);
  // Three runs of three attempts used the nine busy answers up: the next message goes straight through.
  const next = await memberWithMessage({ credits: 1 });
  await sendNotifications(Date.now(), deps);
  expect(await stored(next)).toMatchObject({ status: 'sent', attempts: 1 });
});

test('a sender killed between WeChat\'s "ok" and its own write, then rerun: nothing is sent twice', async () => {
  const messages = await Promise.all(Array.from({ length: 6 }, () => memberWithMessage({ credits: 1 })));
  let sends = 0;
  const dying: WechatServerApi = {
    ...wechat.api,
    async sendSubscribeMessage(message) {
      if (sends >= 2) throw new Error('killed');
      const outcome = await wechat.api.sendSubscribeMessage(message);
      if (++sends === 2) throw new Error('killed'); // WeChat delivered it; the process dies before writing that down
      return outcome;
    },
  };
  await expect(sendNotifications(Date.now(), { ...deps, wechatApi: dying })).rejects.toThrow('killed');
  // Rerun at once, and twice at the same time: the one left `sending` is someone else's until its lease ends.
  await Promise.all([sendNotifications(Date.now(), deps), sendNotifications(Date.now(), deps)]);
  await sendNotifications(Date.now() + SENDING_LEASE_MS + 1_000, deps);
  const ends = await Promise.all(messages.map(stored));
  for (const m of messages) expect((await received(m.openid)).length).toBeLessThanOrEqual(1);
  expect(
    ends.filter((e) => e.status === 'sent').length + ends.filter((e) => e.reason === 'unknown-outcome').length,
  ).toBe(6);
  const unknown = ends.filter((e) => e.reason === 'unknown-outcome');
  expect(unknown.length).toBeGreaterThanOrEqual(1);
  expect(unknown.every((e) => e.status === 'failed')).toBe(true);
  // Every message that reached a phone did so once; every other one ended without reaching it.
  const delivered = (await wechat.apiControls.messages()).length;
  expect(delivered).toBe(ends.filter((e) => e.status === 'sent').length + 1);
});

test('two senders at once deliver each message once', async () => {
  const messages = await Promise.all(Array.from({ length: 5 }, () => memberWithMessage({ credits: 1 })));
  await Promise.all([sendNotifications(Date.now(), deps), sendNotifications(Date.now(), deps)]);
  for (const m of messages) {
    expect(await received(m.openid)).toHaveLength(1);
    expect(await stored(m)).toMatchObject({ status: 'sent' });
  }
});

test('credits: one per acceptance, capped, and a refusal keeps what is held', async () => {
  const m = await memberWithMessage();
  const member = (await table.deps.members.getById(m.memberId))!;
  const principal = { role: 'member' as const, openid: member.openid, memberId: m.memberId };
  const answer = (accepted: string[], rejected: string[] = []) =>
    recordSubscriptions(principal, { accepted, rejected } as never, Date.now(), table.deps);
  for (let i = 0; i < 12; i++) await answer(['coupon-arrived', 'points-expiring']);
  const afterRefusal = await answer([], ['coupon-arrived']);
  const byKey = Object.fromEntries(afterRefusal.templates.map((t) => [t.key, t]));
  expect(byKey['coupon-arrived']).toMatchObject({ credits: 10, templateId: templates['coupon-arrived']!.templateId });
  expect(byKey['points-expiring']?.credits).toBe(10);
  expect(byKey['checkin-reminder']?.credits).toBe(0);
});
