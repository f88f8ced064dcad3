import { startWechatForTests } from '../support/wechat';

/** Refunds and the payment sheet page, against the stand-in as the local stack starts it. */
let wechat: Awaited<ReturnType<typeof startWechatForTests>>;
beforeAll(async () => (wechat = await startWechatForTests()));
afterAll(() => wechat.stop());
afterEach(() => wechat.payControls.settled());
beforeEach(async () => {
  await wechat.payControls.reset();
  await wechat.payControls.configure({ retryScheduleMs: [100, 100], refundSettleMs: 150 });
});

let orders = 0;
async function paidOrder(amountFen = 30_000) {
  const outTradeNo = `TU${Date.now().toString(36)}R${orders++}`.toUpperCase();
  const created = await wechat.pay.createJsapiOrder({
    outTradeNo,
    description: '啡常时光-充值¥300送¥40',
    amountFen,
    payerOpenid: 'o-demo-member-2',
    expiresAtMs: Date.now() + 2 * 3600_000,
  });
  if (!created.ok) throw new Error(JSON.stringify(created.failure));
  await wechat.payControls.pay(outTradeNo);
  await wechat.payControls.settled();
  wechat.receiver.received.length = 0;
  return outTradeNo;
}

describe('refunds', () => {
  test('a partial refund is PROCESSING, then succeeds: REFUND.SUCCESS arrives verified, the order turns REFUND', async () => {
    const outTradeNo = await paidOrder();
    const outRefundNo = `RF${outTradeNo.slice(2)}`;
    const refunded = await wechat.pay.createRefund({
      outRefundNo,
      outTradeNo,
      refundFen: 26_000,
      totalFen: 30_000,
      reason: '会员申请退款',
    });
    expect(refunded.ok && refunded.refund).toMatchObject({
      outRefundNo,
      outTradeNo,
      status: 'PROCESSING',
      refundFen: 26_000,
      totalFen: 30_000,
      receivedInto: '支付用户零钱',
    });
    const [received] = await wechat.receiver.waitFor(1);
    expect(received!.outcome.ok && received!.outcome.notification).toMatchObject({
      kind: 'refund',
      eventType: 'REFUND.SUCCESS',
      refund: { outRefundNo, status: 'SUCCESS', refundFen: 26_000 },
    });
    const queried = await wechat.pay.queryRefund(outRefundNo);
    expect(queried.ok && queried.refund.status).toBe('SUCCESS');
    expect(queried.ok && queried.refund.successTime).toMatch(/\+08:00$/);
    const order = await wechat.pay.queryOrder(outTradeNo);
    expect(order.ok && order.transaction.state).toBe('REFUND');
  });

  test('the same out_refund_no again is the same refund; more than is left, or another amount under that number, is refused', async () => {
    const outTradeNo = await paidOrder();
    const first = await wechat.pay.createRefund({
      outRefundNo: `RA${outTradeNo}`,
      outTradeNo,
      refundFen: 20_000,
      totalFen: 30_000,
    });
    const again = await wechat.pay.createRefund({
      outRefundNo: `RA${outTradeNo}`,
      outTradeNo,
      refundFen: 20_000,
      totalFen: 30_000,
    });
    expect(first.ok && again.ok && again.refund.refundId).toBe(first.ok && first.refund.refundId);
    const changed = await wechat.pay.createRefund({
      outRefundNo: `RA${outTradeNo}`,
      outTradeNo,
      refundFen: 1_000,
      totalFen: 30_000,
    });
    expect(!changed.ok && changed.failure).toMatchObject({ kind: 'REJECTED', code: 'INVALID_REQUEST' });
    const tooMuch = await wechat.pay.createRefund({
      outRefundNo: `RB${outTradeNo}`,
      outTradeNo,
      refundFen: 10_001,
      totalFen: 30_000,
    });
    expect(!tooMuch.ok && tooMuch.failure).toMatchObject({
      kind: 'REJECTED',
      code: 'INVALID_REQUEST',
      message: '申请退款金额超过订单可退金额',
    });
    const rest = await wechat.pay.createRefund({
      outRefundNo: `RC${outTradeNo}`,
      outTradeNo,
      refundFen: 10_000,
      totalFen: 30_000,
    });
    expect(rest.ok).toBe(true);
  });

  test('an unknown order or refund, an unpaid order, a merchant short of balance: each typed', async () => {
    const unknown = await wechat.pay.createRefund({
      outRefundNo: 'RF-NO-ORDER',
      outTradeNo: 'TU-NO-ORDER',
      refundFen: 1,
      totalFen: 1,
    });
    expect(!unknown.ok && unknown.failure.kind).toBe('ORDER_NOT_EXIST');
    const noRefund = await wechat.pay.queryRefund('RF-NEVER-MADE');
    expect(!noRefund.ok && noRefund.failure).toMatchObject({ kind: 'REFUND_NOT_EXIST', httpStatus: 404 });

    const unpaidNo = `TU${Date.now().toString(36)}UNPAID`.toUpperCase();
    await wechat.pay.createJsapiOrder({
      outTradeNo: unpaidNo,
      description: '充值',
      amountFen: 100,
      payerOpenid: 'o-x',
      expiresAtMs: Date.now() + 3600_000,
    });
    const unpaid = await wechat.pay.createRefund({
      outRefundNo: `RF${unpaidNo}`,
      outTradeNo: unpaidNo,
      refundFen: 100,
      totalFen: 100,
    });
    expect(!unpaid.ok && unpaid.failure).toMatchObject({ kind: 'REJECTED', message: '订单未支付，不能退款' });

    const outTradeNo = await paidOrder(5_000);
    await wechat.payControls.fault({
      kind: 'answer',
      status: 403,
      code: 'NOT_ENOUGH',
      message: '基本账户余额不足',
      match: 'refund',
    });
    const short = await wechat.pay.createRefund({
      outRefundNo: `RF${outTradeNo}`,
      outTradeNo,
      refundFen: 5_000,
      totalFen: 5_000,
    });
    expect(!short.ok && short.failure).toMatchObject({ kind: 'NOT_ENOUGH', attempts: 1 });
  });

  test('a refund the payer account refuses ends ABNORMAL, notified as REFUND.ABNORMAL', async () => {
    await wechat.payControls.configure({ refundSettleMs: null });
    const outTradeNo = await paidOrder();
    const outRefundNo = `RX${outTradeNo}`;
    await wechat.pay.createRefund({ outRefundNo, outTradeNo, refundFen: 30_000, totalFen: 30_000 });
    await wechat.payControls.settleRefund(outRefundNo, 'ABNORMAL');
    const [received] = await wechat.receiver.waitFor(1);
    expect(received!.outcome.ok && received!.outcome.notification).toMatchObject({
      eventType: 'REFUND.ABNORMAL',
      refund: { outRefundNo, status: 'ABNORMAL' },
    });
  });
});

describe('the payment sheet (what the H5 build opens for wx.requestPayment)', () => {
  test('shows merchant, item and amount in Chinese; 确认支付 pays and notifies; a bad paySign is refused', async () => {
    const outTradeNo = `TU${Date.now().toString(36)}SHEET`.toUpperCase();
    const created = await wechat.pay.createJsapiOrder({
      outTradeNo,
      description: '啡常时光-充值¥300送¥40',
      amountFen: 30_000,
      payerOpenid: 'o-demo-member-1',
      expiresAtMs: Date.now() + 3600_000,
    });
    if (!created.ok) throw new Error('order not created');
    const query = new URLSearchParams({
      ...created.payment,
      redirect_url: 'http://127.0.0.1:10086/#/pages/wallet/topup?id=1',
    });
    const sheet = await fetch(`${wechat.standIns.pay.sheetUrl}?${query}`);
    const html = await sheet.text();
    expect(sheet.status).toBe(200);
    for (const text of ['微信支付', '啡常时光', '300.00', '啡常时光-充值¥300送¥40', '确认支付', '取消', '不会真实扣款'])
      expect(html).toContain(text);

    const confirmed = await fetch(`${wechat.standIns.pay.sheetUrl}/confirm`, { method: 'POST', body: query });
    const done = await confirmed.text();
    expect(done).toContain('支付成功');
    expect(done).toContain('http://127.0.0.1:10086/#/pages/wallet/topup?id=1&amp;pay_result=ok');
    await wechat.receiver.waitFor(1);

    const again = await fetch(`${wechat.standIns.pay.sheetUrl}?${query}`);
    expect(await again.text()).toContain('该订单已支付');
    const forged = new URLSearchParams({ ...created.payment, paySign: 'Zm9yZ2Vk' });
    const refused = await fetch(`${wechat.standIns.pay.sheetUrl}?${forged}`);
    expect([refused.status, await refused.text()]).toEqual([400, expect.stringContaining('支付验证签名失败')]);
  });
});
