import { subscriptionsResponse } from '@app/shared';
import { wechatApiControls } from '../../infra/local/wechat-api-stand-in/control-client';
import { demoProgram } from '../../infra/seed/demo-program';
import { testEnv } from '../support/env';
import { call, login, newOpenid } from '../support/http';

/** Subscribe prompts answered (credits) and a message written by the server arriving at WeChat, on the stack. */
const templates = demoProgram.notifications.templates;
let marketer: string;
beforeAll(async () => (marketer = (await login('marketer')).token));

const subscribe = (token: string, body: unknown, key = `sub-${newOpenid()}`) =>
  call('POST', '/v1/me/subscriptions', { token, body, headers: { 'Idempotency-Key': key } });
const waitFor = async <T>(read: () => Promise<T | undefined>, what: string): Promise<T> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await read();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no ${what} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

test('the templates come with WeChat ids from the settings; each acceptance is one credit, a replay adds none', async () => {
  const { token } = await login(newOpenid('sub'));
  const before = subscriptionsResponse.parse((await call('GET', '/v1/me/subscriptions', { token })).body);
  expect(before.templates.find((t) => t.key === 'points-expiring')).toEqual({
    key: 'points-expiring',
    title: '积分即将过期',
    templateId: templates['points-expiring']!.templateId,
    credits: 0,
  });
  const answer = { accepted: ['coupon-arrived', 'points-expiring'], rejected: ['checkin-reminder'] };
  const first = await subscribe(token, answer, 'same-prompt');
  const replay = await subscribe(token, answer, 'same-prompt');
  expect(first.status).toBe(200);
  expect(replay.body).toEqual(first.body);
  const credits = Object.fromEntries(
    subscriptionsResponse
      .parse((await call('GET', '/v1/me/subscriptions', { token })).body)
      .templates.map((t) => [t.key, t.credits]),
  );
  expect(credits).toEqual({
    'coupon-arrived': 1,
    'points-expiring': 1,
    'checkin-reminder': 0,
    'plan-expiring': 0,
    'topup-success': 0,
  });
});

test.each([
  [{ accepted: [], rejected: [] }, 'body.accepted'],
  [{ accepted: ['coupon-arrived', 'coupon-arrived'] }, 'body.rejected'],
  [{ accepted: ['no-such-notice'] }, 'body.accepted.0'],
  [{ accepted: ['coupon-arrived', 'points-expiring', 'checkin-reminder', 'plan-expiring'] }, 'body.accepted'],
])('a malformed answer %j is refused with 400', async (body, field) => {
  const { token } = await login(newOpenid('sub'));
  const answer = await subscribe(token, body);
  expect(answer.status).toBe(400);
  expect(JSON.stringify(answer.body)).toContain(field);
});

test('a push campaign with a notice reaches the phone of the member who subscribed, once; the console shows it sent', async () => {
  const wechat = wechatApiControls(testEnv.wechatApiUrl());
  const openid = newOpenid('sub');
  const member = await login(openid);
  const me = (await call('GET', '/v1/me', { token: member.token })).body;
  expect((await subscribe(member.token, { accepted: ['coupon-arrived'] })).status).toBe(200);
  const created = await call('POST', '/v1/admin/campaigns', {
    token: marketer,
    body: {
      name: '订阅消息测试',
      kind: 'push',
      templateId: 'tpl-welcome',
      audience: { memberNos: [me.memberNo] },
      notify: true,
    },
  });
  expect(created.status).toBe(201);
  expect(
    (await call('POST', `/v1/admin/campaigns/${created.body.campaignId}/launch`, { token: marketer })).status,
  ).toBe(200);
  const sent = await waitFor(async () => {
    const page = await call('GET', `/v1/admin/outbox?memberNo=${me.memberNo}&templateKey=coupon-arrived`, {
      token: marketer,
    });
    const [item] = page.body.items ?? [];
    return item?.status === 'sent' ? item : undefined;
  }, 'sent message');
  expect(sent).toMatchObject({ memberNo: me.memberNo, templateKey: 'coupon-arrived', reason: null });
  const delivered = (await wechat.messages()).filter((m) => m.touser === openid);
  expect(delivered).toHaveLength(1);
  expect(delivered[0]).toMatchObject({
    result: 'delivered',
    templateId: templates['coupon-arrived']!.templateId,
    data: { thing1: '新人首杯免费' },
  });
  const filtered = await call('GET', `/v1/admin/outbox?memberNo=${me.memberNo}&status=skipped`, { token: marketer });
  expect(filtered.body.items).toEqual([]);
});
