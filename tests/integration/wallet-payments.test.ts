import { createTopup } from '../../functions/src/features/wallet/create-topup/use-case';
import { reconcilePayments } from '../../functions/src/jobs/reconcile-payments';
import { settlePaid } from '../../functions/src/features/payments/settle';
import { createPackage } from '../../functions/src/features/wallet/create-package/use-case';
import { counter, marketer } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { startPayStack, until } from '../support/pay-stack';

/** The one payment-order mechanism with top-ups: WeChat Pay stand-in → our notify route → credited once. */
let table: TestTable;
let stack: Awaited<ReturnType<typeof startPayStack>>;
let c: ReturnType<typeof counter>;
let packageId = '';
beforeAll(async () => {
  table = await createTestTable();
  stack = await startPayStack(table);
  c = counter(table);
  const pkg = await createPackage(
    {
      title: '充¥300送¥40',
      payFen: 30_000,
      bonusFen: 4_000,
      giftPoints: 30,
      giftTemplateIds: [],
      active: true,
      sort: 2,
    },
    marketer,
    Date.now(),
    stack.deps,
  );
  packageId = pkg.packageId;
});
afterAll(async () => {
  await stack.stop();
  await table.drop();
});
beforeEach(async () => {
  await stack.controls.reset();
  await stack.controls.configure({ retryScheduleMs: [100, 100, 100] });
});

const wallet = async (memberId: string) => {
  const member = (await stack.deps.members.getById(memberId, true))!;
  const lots = await stack.deps.wallet.lots(memberId);
  const entries = (await stack.deps.wallet.entries(memberId, { limit: 100 })).items;
  return { member, lots, entries, balance: member.walletPrincipalFen + member.walletBonusFen };
};

describe('a top-up paid with WeChat Pay', () => {
  test('pay → the notification credits ¥300 + ¥40 and the gift points once; a repeat and a reconcile run credit nothing more', async () => {
    const { memberId } = await c.newMember(Date.now());
    const topup = await createTopup({ packageId }, memberId, Date.now(), stack.deps);
    expect(topup).toMatchObject({ status: 'awaiting_payment', payFen: 30_000, bonusFen: 4_000 });
    expect(topup.topupId).toMatch(/^TU/);
    await stack.controls.notifyBehaviour({ outTradeNo: topup.topupId, copies: 2 });
    expect(await stack.controls.requestPayment(topup.payment)).toEqual({ errMsg: 'requestPayment:ok' });
    await until(async () => stack.answers.length >= 2);
    await stack.controls.notifyAgain(topup.topupId);
    await until(async () => stack.answers.length >= 3);
    expect(await reconcilePayments(Date.now() + 120_000, stack.deps)).toMatchObject({ checked: 0 });
    const after = await wallet(memberId);
    expect(after.balance).toBe(34_000);
    expect(after.entries.filter((entry) => entry.type === 'topup')).toHaveLength(1);
    expect(after.lots).toMatchObject([{ principalFen: 30_000, bonusFen: 4_000 }]);
    expect(after.member.lotPoints).toBe(30);
    expect((await stack.deps.topups.get(topup.topupId))!.status).toBe('paid');
    expect(stack.answers.every((status) => status === 204)).toBe(true);
    const outbox = (await table.scanAll()).filter(
      (item) => item.entity === 'Outbox' && item.template === 'topup-success',
    );
    expect(outbox.filter((item) => item.memberId === memberId)).toHaveLength(1);
  });

  test('a notification and a reconcile run racing credit once', async () => {
    const { memberId } = await c.newMember(Date.now());
    const topup = await createTopup({ amountFen: 5_000 }, memberId, Date.now(), stack.deps);
    await stack.controls.notifyBehaviour({ outTradeNo: topup.topupId, copies: 0 });
    await stack.controls.requestPayment(topup.payment);
    const queried = await stack.deps.wechatPay.queryOrder(topup.topupId);
    if (!queried.ok) throw new Error('query failed');
    const results = await Promise.all([
      settlePaid(queried.transaction, Date.now(), stack.deps),
      reconcilePayments(Date.now() + 120_000, stack.deps),
      settlePaid(queried.transaction, Date.now(), stack.deps),
    ]);
    expect(results.filter((r) => r === 'fulfilled').length + ((results[1] as any).fulfilled ?? 0)).toBe(1);
    expect((await wallet(memberId)).balance).toBe(5_000);
  });

  test('a forged or stale notification → 401 { code: FAIL }, nothing credited', async () => {
    const { memberId } = await c.newMember(Date.now());
    const topup = await createTopup({ amountFen: 2_000 }, memberId, Date.now(), stack.deps);
    const forged = await stack.notify({
      rawPath: '/v1/pay/wechat/notify',
      headers: {
        'wechatpay-signature': 'Zm9yZ2Vk',
        'wechatpay-timestamp': String(Math.floor(Date.now() / 1000)),
        'wechatpay-nonce': 'n',
        'wechatpay-serial': 'PUB_KEY_ID_0000',
      },
      body: JSON.stringify({ id: 'x', event_type: 'TRANSACTION.SUCCESS' }),
    });
    expect(forged.statusCode).toBe(401);
    expect(JSON.parse(forged.body)).toMatchObject({ code: 'FAIL' });
    // Our clock 10 minutes ahead of the platform's: its signed timestamps fall outside the 5-minute window.
    await stack.controls.configure({ retryScheduleMs: [] });
    stack.clock.skewMs = 600_000;
    const before = stack.answers.length;
    try {
      await stack.controls.requestPayment(topup.payment);
      await until(async () => stack.answers.length > before);
    } finally {
      stack.clock.skewMs = 0;
    }
    expect(stack.answers.slice(before)).toEqual([401]);
    expect((await wallet(memberId)).balance).toBe(0);
    expect((await stack.deps.topups.get(topup.topupId))!.status).toBe('awaiting_payment');
  });

  test('an order never paid is closed by the job after 2 h and cannot be credited later', async () => {
    const { memberId } = await c.newMember(Date.now());
    const topup = await createTopup({ amountFen: 3_000 }, memberId, Date.now(), stack.deps);
    const status = async () => (await stack.deps.topups.get(topup.topupId))!.status;
    await reconcilePayments(Date.now() + 30 * 60_000, stack.deps);
    expect(await status()).toBe('awaiting_payment');
    expect((await reconcilePayments(Date.now() + 2 * 3600_000 + 60_000, stack.deps)).closed).toBeGreaterThanOrEqual(1);
    // Idempotent: the next run finds nothing left to check.
    expect(await reconcilePayments(Date.now() + 3 * 3600_000, stack.deps)).toMatchObject({ checked: 0 });
    expect((await stack.deps.topups.get(topup.topupId))!.status).toBe('closed');
    expect((await stack.controls.requestPayment(topup.payment)).errMsg).not.toBe('requestPayment:ok');
    const late = await settlePaid(
      {
        outTradeNo: topup.topupId,
        transactionId: '4200000000000000000000000000',
        state: 'SUCCESS',
        stateDescription: '',
        totalFen: 3_000,
        payerTotalFen: 3_000,
        payerOpenid: null,
        successTime: null,
        attach: null,
      },
      Date.now(),
      stack.deps,
    );
    expect(late).toBe('already-settled');
    expect((await wallet(memberId)).balance).toBe(0);
  });
});
