import { generateKeyPairSync } from 'node:crypto';
import { type JsapiOrder, wechatPayClient } from '../../functions/src/adapters/wechat-pay';
import { FAST_RETRY, startWechatForTests } from '../support/wechat';

/** The WeChat Pay adapter against the stand-in, as the local stack starts it: orders, payment, notifications. */
let wechat: Awaited<ReturnType<typeof startWechatForTests>>;
beforeAll(async () => (wechat = await startWechatForTests()));
afterAll(() => wechat.stop());
afterEach(() => wechat.payControls.settled());
beforeEach(async () => {
  await wechat.payControls.reset();
  await wechat.payControls.configure({ retryScheduleMs: [100, 100, 100] });
  wechat.receiver.received.length = 0;
});

let orders = 0;
const order = (changes: Partial<JsapiOrder> = {}): JsapiOrder => ({
  outTradeNo: `TU${Date.now().toString(36)}${orders++}`.toUpperCase(),
  description: '啡常时光-充值¥300送¥40',
  amountFen: 30_000,
  payerOpenid: 'o-demo-member-1',
  expiresAtMs: Date.now() + 2 * 3600_000,
  ...changes,
});
const created = async (o = order()) => {
  const result = await wechat.pay.createJsapiOrder(o);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return { ...result, order: o };
};

describe('a JSAPI order, paid through wx.requestPayment', () => {
  test('order → pay → the signed, encrypted notification reaches the notify URL and verifies', async () => {
    const { order: o, prepayId, payment } = await created();
    expect(prepayId).toMatch(/^wx\d{14}\d{22}$/);
    expect(payment).toMatchObject({ package: `prepay_id=${prepayId}`, signType: 'RSA' });

    const before = await wechat.pay.queryOrder(o.outTradeNo);
    expect(before.ok && before.transaction).toMatchObject({ state: 'NOTPAY', totalFen: 30_000, transactionId: null });

    expect(await wechat.payControls.requestPayment(payment)).toEqual({ errMsg: 'requestPayment:ok' });
    const [received] = await wechat.receiver.waitFor(1);
    expect(received!.status).toBe(204);
    expect(received!.outcome.ok && received!.outcome.notification).toMatchObject({
      kind: 'transaction',
      eventType: 'TRANSACTION.SUCCESS',
      transaction: { outTradeNo: o.outTradeNo, state: 'SUCCESS', totalFen: 30_000, payerOpenid: 'o-demo-member-1' },
    });

    const after = await wechat.pay.queryOrder(o.outTradeNo);
    expect(after.ok && after.transaction).toMatchObject({ state: 'SUCCESS', payerTotalFen: 30_000 });
    expect(after.ok && after.transaction.transactionId).toMatch(/^4200\d{24}$/);
    const state = await wechat.payControls.state();
    expect(state.deliveries).toMatchObject([{ outTradeNo: o.outTradeNo, attempt: 1, result: 204, accepted: true }]);
  });

  test('wx.requestPayment refuses a tampered paySign, and a cancelled sheet leaves the order unpaid', async () => {
    const { order: o, payment } = await created();
    const tampered = { ...payment, paySign: `${payment.paySign.slice(0, -6)}AAAAA=` };
    expect((await wechat.payControls.requestPayment(tampered)).errMsg).toBe('requestPayment:fail 支付验证签名失败');
    expect(await wechat.payControls.requestPayment(payment, 'cancel')).toEqual({
      errMsg: 'requestPayment:fail cancel',
    });
    const queried = await wechat.pay.queryOrder(o.outTradeNo);
    expect(queried.ok && queried.transaction.state).toBe('NOTPAY');
    // Fresh arguments for the same prepay id pay it later.
    expect(
      (await wechat.payControls.requestPayment(await wechat.pay.paymentArgs(payment.package.slice(10)))).errMsg,
    ).toBe('requestPayment:ok');
  });

  test('creating again: same parameters give the same prepay id; other parameters, a paid or a closed order are refused', async () => {
    const first = await created();
    const again = await wechat.pay.createJsapiOrder(first.order);
    expect(again.ok && again.prepayId).toBe(first.prepayId);
    const other = await wechat.pay.createJsapiOrder({ ...first.order, amountFen: 100 });
    expect(!other.ok && other.failure).toMatchObject({
      kind: 'OUT_TRADE_NO_USED',
      code: 'OUT_TRADE_NO_USED',
      httpStatus: 403,
    });

    await wechat.payControls.pay(first.order.outTradeNo);
    const paid = await wechat.pay.createJsapiOrder(first.order);
    expect(!paid.ok && paid.failure.kind).toBe('ORDER_PAID');

    const second = await created();
    expect(await wechat.pay.closeOrder(second.order.outTradeNo)).toEqual({ ok: true });
    const closed = await wechat.pay.createJsapiOrder(second.order);
    expect(!closed.ok && closed.failure.kind).toBe('ORDER_CLOSED');
  });

  test('close: an unpaid order closes (and again), cannot be paid afterwards; a paid one answers ORDER_PAID', async () => {
    const unpaid = await created();
    expect(await wechat.pay.closeOrder(unpaid.order.outTradeNo)).toEqual({ ok: true });
    expect(await wechat.pay.closeOrder(unpaid.order.outTradeNo)).toEqual({ ok: true });
    const queried = await wechat.pay.queryOrder(unpaid.order.outTradeNo);
    expect(queried.ok && queried.transaction.state).toBe('CLOSED');
    expect((await wechat.payControls.requestPayment(unpaid.payment)).errMsg).toBe('requestPayment:fail 订单已关闭');

    const paid = await created();
    await wechat.payControls.pay(paid.order.outTradeNo);
    const refused = await wechat.pay.closeOrder(paid.order.outTradeNo);
    expect(!refused.ok && refused.failure).toMatchObject({ kind: 'ORDER_PAID', code: 'ORDERPAID' });
  });

  test('an order WeChat Pay does not know is ORDER_NOT_EXIST, for a query and for a close', async () => {
    const queried = await wechat.pay.queryOrder('TU-NEVER-CREATED');
    expect(!queried.ok && queried.failure).toMatchObject({ kind: 'ORDER_NOT_EXIST', httpStatus: 404, attempts: 1 });
    const closed = await wechat.pay.closeOrder('TU-NEVER-CREATED');
    expect(!closed.ok && closed.failure.kind).toBe('ORDER_NOT_EXIST');
  });

  test('after time_expire the payment is refused; an expiry under a minute away counts as a minute', async () => {
    const soon = await created(order({ expiresAtMs: Date.now() - 1 }));
    const later = await created(order({ expiresAtMs: Date.now() + 10 * 60_000 }));
    await wechat.payControls.configure({ clockOffsetMs: 61_000 });
    expect((await wechat.payControls.requestPayment(soon.payment)).errMsg).toBe('requestPayment:fail 订单已过支付时间');
    expect((await wechat.payControls.requestPayment(later.payment)).errMsg).toBe('requestPayment:ok');
    // The platform does not close an expired order by itself: the merchant's job does.
    const queried = await wechat.pay.queryOrder(soon.order.outTradeNo);
    expect(queried.ok && queried.transaction.state).toBe('NOTPAY');
  });

  test('a prepay id lives 2 hours; asking again with the same parameters gives a fresh one', async () => {
    const first = await created(order({ expiresAtMs: Date.now() + 3 * 3600_000 }));
    await wechat.payControls.configure({ clockOffsetMs: 2 * 3600_000 + 1_000 });
    expect((await wechat.payControls.requestPayment(first.payment)).errMsg).toBe(
      'requestPayment:fail 支付参数已过期，请重新下单',
    );
    const again = await wechat.pay.createJsapiOrder(first.order);
    expect(again.ok && again.prepayId).not.toBe(first.prepayId);
    expect(again.ok && (await wechat.payControls.requestPayment(again.payment)).errMsg).toBe('requestPayment:ok');
  });
});

describe('notifications as the platform sends them', () => {
  test('an answer other than 200/204 is tried again until accepted', async () => {
    const { order: o } = await created();
    wechat.receiver.answerNext(500, 503);
    await wechat.payControls.pay(o.outTradeNo);
    const received = await wechat.receiver.waitFor(3);
    expect(received.map((r) => r.status)).toEqual([500, 503, 204]);
    const { deliveries } = await wechat.payControls.state();
    expect(deliveries.map((d) => [d.attempt, d.accepted])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  test('twice: two copies of one notification arrive together, both genuine', async () => {
    const { order: o } = await created();
    await wechat.payControls.notifyBehaviour({ outTradeNo: o.outTradeNo, copies: 2 });
    await wechat.payControls.pay(o.outTradeNo);
    const received = await wechat.receiver.waitFor(2);
    const ids = received.map((r) => r.outcome.ok && r.outcome.notification.id);
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBe(ids[0]);
  });

  test('late, and a repeat long after: the notification comes after the delay; notifyAgain sends it once more', async () => {
    const { order: o } = await created();
    await wechat.payControls.notifyBehaviour({ outTradeNo: o.outTradeNo, delayMs: 600 });
    await wechat.payControls.pay(o.outTradeNo);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(wechat.receiver.received).toHaveLength(0);
    await wechat.receiver.waitFor(1);
    await wechat.payControls.notifyAgain(o.outTradeNo);
    const received = await wechat.receiver.waitFor(2);
    expect(received.every((r) => r.outcome.ok)).toBe(true);
  });

  test('never: the order is paid but no notification comes; only a query finds it', async () => {
    const { order: o } = await created();
    await wechat.payControls.notifyBehaviour({ copies: 0 });
    await wechat.payControls.pay(o.outTradeNo);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(wechat.receiver.received).toHaveLength(0);
    const queried = await wechat.pay.queryOrder(o.outTradeNo);
    expect(queried.ok && queried.transaction.state).toBe('SUCCESS');
  });
});

describe('faults: retried when passing, typed when not', () => {
  test('SYSTEM_ERROR and a dropped connection are retried; past the attempts the failure is TRANSIENT', async () => {
    await wechat.payControls.fault({ kind: 'answer', status: 500, code: 'SYSTEM_ERROR', times: 1 });
    await wechat.payControls.fault({ kind: 'disconnect', times: 1 });
    expect((await wechat.pay.createJsapiOrder(order())).ok).toBe(true);

    await wechat.payControls.fault({ kind: 'answer', status: 429, code: 'FREQUENCY_LIMITED', times: 3 });
    const failed = await wechat.pay.queryOrder('TU-ANY-ORDER');
    expect(!failed.ok && failed.failure).toMatchObject({ kind: 'TRANSIENT', code: 'FREQUENCY_LIMITED', attempts: 3 });
  });

  test('an answer too late is retried; the platform took the first request too, and the repeat is harmless', async () => {
    const o = order();
    await wechat.payControls.fault({ kind: 'delay', delayMs: 1_300, match: 'jsapi' });
    const result = await wechat.pay.createJsapiOrder(o);
    expect(result.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const state = await wechat.payControls.state();
    expect(state.orders.filter((x) => x.out_trade_no === o.outTradeNo)).toHaveLength(1);
    expect(result.ok && result.prepayId).toBe(state.orders.find((x) => x.out_trade_no === o.outTradeNo)!.prepay_id);
  });

  test('an answer whose signature does not verify is UNVERIFIED, never taken', async () => {
    await wechat.payControls.fault({ kind: 'bad-signature', match: 'jsapi' });
    const result = await wechat.pay.createJsapiOrder(order());
    expect(!result.ok && result.failure).toMatchObject({ kind: 'UNVERIFIED', code: 'EV3_RES_HEADER_SIGNATURE_DIGEST' });
  });

  test('a request signed with another key is refused by the stand-in with 401 SIGN_ERROR', async () => {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    const impostor = wechatPayClient(
      { ...wechat.settings.pay!, merchantPrivateKey: stranger as string },
      { retry: FAST_RETRY },
    );
    const result = await impostor.createJsapiOrder(order());
    expect(!result.ok && result.failure).toMatchObject({
      kind: 'REJECTED',
      code: 'SIGN_ERROR',
      httpStatus: 401,
      attempts: 1,
    });
    expect((await wechat.payControls.state()).orders).toHaveLength(0);
  });

  test('WeChat Pay out of reach: retried, then TRANSIENT', async () => {
    const away = wechatPayClient({ ...wechat.settings.pay!, baseUrl: 'http://127.0.0.1:9' }, { retry: FAST_RETRY });
    const result = await away.queryOrder('TU-ANY-ORDER');
    expect(!result.ok && result.failure).toMatchObject({ kind: 'TRANSIENT', code: 'ECONNREFUSED', attempts: 3 });
  });
});
