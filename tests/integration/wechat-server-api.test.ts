import { stableAccessTokens } from '../../functions/src/adapters/wechat/access-token';
import { wechatIdentityProvider } from '../../functions/src/adapters/wechat/identity-provider';
import { wechatPhoneNumberProvider } from '../../functions/src/adapters/wechat/phone-number';
import { type SubscribeMessage, wechatServerApi } from '../../functions/src/adapters/wechat/server-api';
import { FAST_RETRY, startWechatForTests } from '../support/wechat';

/** The WeChat server-API adapter against the stand-in: tokens, subscribe messages, code2Session, phone numbers. */
let wechat: Awaited<ReturnType<typeof startWechatForTests>>;
beforeAll(async () => (wechat = await startWechatForTests()));
afterAll(() => wechat.stop());
beforeEach(() => wechat.apiControls.reset());

const message = (changes: Partial<SubscribeMessage> = {}): SubscribeMessage => ({
  toOpenid: 'o-demo-member-1',
  templateId: 'TPL-topup-succeeded',
  page: 'pages/wallet/index',
  data: { amount1: '¥340.00', thing2: '充值¥300送¥40', time3: '2026-12-05 14:30' },
  ...changes,
});
/** A fresh adapter: its own token cache, as a new container would have. */
const freshApi = () => wechatServerApi(wechat.settings.api, { retry: FAST_RETRY });
const callsTo = async (path: string) => (await wechat.apiControls.calls()).filter((c) => c.path.endsWith(path));

describe('access token', () => {
  test('fetched once and cached: several messages, one stable_token call', async () => {
    const api = freshApi();
    for (let i = 0; i < 3; i++) expect((await api.sendSubscribeMessage(message())).status).toBe('sent');
    expect(await callsTo('stable_token')).toHaveLength(1);
    expect(await callsTo('subscribe/send')).toHaveLength(3);
  });

  test('cached until expires_in − 300 s by the clock, then fetched again', async () => {
    let now = Date.now();
    const tokens = stableAccessTokens(wechat.settings.api, { now: () => now, retry: FAST_RETRY });
    const api = wechatServerApi(wechat.settings.api, { tokens, retry: FAST_RETRY });
    await api.sendSubscribeMessage(message());
    now += 6_899_000;
    await api.sendSubscribeMessage(message());
    expect(await callsTo('stable_token')).toHaveLength(1);
    now += 2_000;
    await api.sendSubscribeMessage(message());
    expect(await callsTo('stable_token')).toHaveLength(2);
  });

  test.each([
    ['expired (42001)', () => wechat.apiControls.expireTokens(), 42001],
    ['invalidated elsewhere (40001)', () => wechat.apiControls.invalidateTokens(), 40001],
  ])('a token %s is renewed once and the message sent', async (_name, spoil, errcode) => {
    const api = freshApi();
    await api.sendSubscribeMessage(message());
    await spoil();
    expect((await api.sendSubscribeMessage(message())).status).toBe('sent');
    expect((await callsTo('subscribe/send')).map((c) => c.errcode)).toEqual([0, errcode, 0]);
    expect(await callsTo('stable_token')).toHaveLength(2);
  });

  test('messages sent together on a spoilt token share one renewal', async () => {
    const api = freshApi();
    await api.sendSubscribeMessage(message());
    await wechat.apiControls.invalidateTokens();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => api.sendSubscribeMessage(message())));
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('sent'));
    expect(await callsTo('stable_token')).toHaveLength(2);
  });

  test('renewed only once: a token refused again fails the message', async () => {
    const api = freshApi();
    await api.sendSubscribeMessage(message());
    await wechat.apiControls.fault({ match: 'subscribe/send', kind: 'errcode', errcode: 40001, times: 2 });
    const outcome = await api.sendSubscribeMessage(message());
    expect(outcome).toEqual({
      status: 'failed',
      reason: 'access token refused again after renewal (errcode 40001)',
      errcode: 40001,
      retryable: false,
    });
    expect(await callsTo('stable_token')).toHaveLength(2);
  });

  test('wrong credentials: failed with the errcode, not retried', async () => {
    const api = wechatServerApi({ ...wechat.settings.api, secret: 'not-the-secret' }, { retry: FAST_RETRY });
    const outcome = await api.sendSubscribeMessage(message());
    expect(outcome).toMatchObject({ status: 'failed', errcode: 40125, retryable: false });
    expect(await callsTo('stable_token')).toHaveLength(1);
    expect(await callsTo('subscribe/send')).toHaveLength(0);
  });
});

describe('subscribe messages', () => {
  test('sent: the stand-in records the message as WeChat received it', async () => {
    const outcome = await freshApi().sendSubscribeMessage(message());
    expect(outcome).toEqual({ status: 'sent', msgid: expect.stringMatching(/^\d+$/) });
    expect(await wechat.apiControls.messages()).toEqual([
      expect.objectContaining({
        msgid: outcome.status === 'sent' ? outcome.msgid : '',
        touser: 'o-demo-member-1',
        templateId: 'TPL-topup-succeeded',
        page: 'pages/wallet/index',
        data: { amount1: '¥340.00', thing2: '充值¥300送¥40', time3: '2026-12-05 14:30' },
        miniprogramState: 'formal',
        result: 'delivered',
      }),
    ]);
    const page = await (await fetch(wechat.standIns.api.messagesUrl)).text();
    for (const text of ['发到会员手机的订阅消息', 'o-demo-member-1', '充值¥300送¥40', '已送达'])
      expect(page).toContain(text);
  });

  test('43101 (member refused or no quota) is "refused" and never retried', async () => {
    await wechat.apiControls.refuse('o-demo-member-1', 'TPL-topup-succeeded');
    const api = freshApi();
    expect(await api.sendSubscribeMessage(message())).toEqual({
      status: 'refused',
      errcode: 43101,
      reason: 'user refuse to accept the msg',
    });
    expect(await callsTo('subscribe/send')).toHaveLength(1);
    expect(
      (await api.sendSubscribeMessage(message({ templateId: 'TPL-points-expiring', data: { thing1: '积分即将过期' } })))
        .status,
    ).toBe('sent');
  });

  test('system busy (−1) and 5xx are retried with backoff; past the attempts: failed, retryable', async () => {
    const api = freshApi();
    await api.sendSubscribeMessage(message());
    await wechat.apiControls.fault({ match: 'subscribe/send', kind: 'errcode', errcode: -1, times: 1 });
    await wechat.apiControls.fault({ match: 'subscribe/send', kind: 'http', status: 503, times: 1 });
    expect((await api.sendSubscribeMessage(message())).status).toBe('sent');

    await wechat.apiControls.fault({ match: 'subscribe/send', kind: 'errcode', errcode: -1, times: 3 });
    expect(await api.sendSubscribeMessage(message())).toEqual({
      status: 'failed',
      reason: 'errcode -1 (system error) after 3 attempt(s)',
      errcode: -1,
      retryable: true,
    });
    expect((await wechat.apiControls.messages()).filter((m) => m.result === 'delivered')).toHaveLength(2);
  });

  test('WeChat out of reach: retried, then failed and retryable (nothing can have been sent)', async () => {
    const away = wechatServerApi({ ...wechat.settings.api, baseUrl: 'http://127.0.0.1:9' }, { retry: FAST_RETRY });
    expect(await away.sendSubscribeMessage(message())).toMatchObject({ status: 'failed', retryable: true });
  });

  test('a dropped answer is not repeated: the member may have the message, so sending again could deliver it twice', async () => {
    const api = freshApi();
    await api.sendSubscribeMessage(message());
    await wechat.apiControls.fault({ match: 'subscribe/send', kind: 'disconnect' });
    const outcome = await api.sendSubscribeMessage(message());
    expect(outcome).toMatchObject({ status: 'failed', retryable: false });
    expect(outcome.status === 'failed' && outcome.reason).toContain('the request may have been taken');
    expect(await callsTo('subscribe/send')).toHaveLength(1);
  });

  test('a wrong template, openid or keyword value is failed with WeChat’s errcode, not retried', async () => {
    await wechat.apiControls.configure({ templates: ['TPL-topup-succeeded'] });
    const api = freshApi();
    expect(await api.sendSubscribeMessage(message({ templateId: 'TPL-unknown' }))).toMatchObject({
      status: 'failed',
      errcode: 40037,
    });
    expect(await api.sendSubscribeMessage(message({ toOpenid: '' }))).toMatchObject({
      status: 'failed',
      errcode: 40003,
    });
    const tooLong = message({ data: { thing2: '这是一条超过二十个字的订阅消息内容所以会被微信拒绝发送' } });
    expect(await api.sendSubscribeMessage(tooLong)).toMatchObject({
      status: 'failed',
      errcode: 47003,
      reason: 'errcode 47003 (argument invalid! data.thing2.value invalid)',
    });
    expect(await callsTo('subscribe/send')).toHaveLength(3);
  });
});

describe('code2Session and the phone number on the configurable base URL', () => {
  test('a login code gives its openid once; a used or unknown code is refused', async () => {
    const identity = wechatIdentityProvider(wechat.settings.api);
    const code = await wechat.apiControls.loginCode('o-new-member-9');
    expect(await identity.resolveOpenid(code)).toBe('o-new-member-9');
    expect(await identity.resolveOpenid(code)).toBeNull();
    expect(await identity.resolveOpenid('071unknownCode')).toBeNull();
  });

  test('the phone-number code gives the number, through the shared access token', async () => {
    const api = freshApi();
    const phones = wechatPhoneNumberProvider(api);
    expect(await phones.phoneFor(await wechat.apiControls.phoneCode('13800138000'))).toBe('13800138000');
    expect(await phones.phoneFor('not-a-code')).toBeNull();
    await api.sendSubscribeMessage(message());
    expect(await callsTo('stable_token')).toHaveLength(1);
  });
});
