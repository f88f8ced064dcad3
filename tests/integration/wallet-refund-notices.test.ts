import { refundTopup } from '../../functions/src/features/wallet/refund-topup/use-case';
import { createTopup } from '../../functions/src/features/wallet/create-topup/use-case';
import { counter, marketer } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { startPayStack, until } from '../support/pay-stack';

/** WeChat Pay's REFUND.* notifications, sent by the stand-in to our notify route, go on the refund's record. */
let table: TestTable;
let stack: Awaited<ReturnType<typeof startPayStack>>;
let c: ReturnType<typeof counter>;
beforeAll(async () => {
  table = await createTestTable();
  stack = await startPayStack(table);
  c = counter(table);
});
afterAll(async () => {
  await stack.stop();
  await table.drop();
});
beforeEach(async () => {
  await stack.controls.reset();
  await stack.controls.configure({ retryScheduleMs: [100, 100, 100] });
});
afterEach(() => stack.controls.settled());

/** A paid online top-up; its order's notifications (the payment's and later the refund's) come `copies` times. */
async function paidTopup(copies: 1 | 2) {
  const { memberId } = await c.newMember(Date.now());
  const topup = await createTopup({ amountFen: 5_000 }, memberId, Date.now(), stack.deps);
  await stack.controls.notifyBehaviour({ outTradeNo: topup.topupId, copies });
  await stack.controls.requestPayment(topup.payment);
  await until(async () => (await stack.deps.topups.get(topup.topupId))!.status === 'paid');
  return topup.topupId;
}
const refundRecord = async (topupId: string) => (await stack.deps.payments.get(topupId))!.refunds;
const refundDeliveries = async (eventType: string) =>
  (await stack.controls.state()).deliveries.filter((delivery) => delivery.eventType === eventType);

test('REFUND.SUCCESS delivered twice: the refund record turns SUCCESS once, with where the money went', async () => {
  await stack.controls.configure({ refundSettleMs: 100 });
  const topupId = await paidTopup(2);
  await refundTopup(topupId, '顾客申请退款', marketer, Date.now(), stack.deps);
  await until(async () => (await refundRecord(topupId))[0]!.status === 'SUCCESS');
  await stack.controls.settled();
  const [record] = await refundRecord(topupId);
  expect(record).toMatchObject({ refundFen: 5_000, status: 'SUCCESS', receivedInto: '支付用户零钱' });
  expect(record!.settledAt).toMatch(/\+08:00$/);
  const deliveries = await refundDeliveries('REFUND.SUCCESS');
  expect(deliveries.length).toBeGreaterThanOrEqual(2);
  expect(deliveries.every((delivery) => delivery.result === 204)).toBe(true);
  expect(await refundRecord(topupId)).toHaveLength(1);
});

test('REFUND.ABNORMAL marks the record ABNORMAL (a person must act); a late copy of SUCCESS is not undone by it', async () => {
  await stack.controls.configure({ refundSettleMs: null });
  const topupId = await paidTopup(1);
  await refundTopup(topupId, '顾客申请退款', marketer, Date.now(), stack.deps);
  const outRefundNo = `RF${topupId.slice(2)}`;
  expect((await refundRecord(topupId))[0]!.status).toBe('requested');
  await stack.controls.settleRefund(outRefundNo, 'ABNORMAL');
  await until(async () => (await refundRecord(topupId))[0]!.status === 'ABNORMAL');
  expect((await refundDeliveries('REFUND.ABNORMAL')).map((delivery) => delivery.result)).toEqual([204]);

  const other = await paidTopup(1);
  await refundTopup(other, '顾客申请退款', marketer, Date.now(), stack.deps);
  await stack.controls.settleRefund(`RF${other.slice(2)}`, 'SUCCESS');
  await until(async () => (await refundRecord(other))[0]!.status === 'SUCCESS');
  // The repository's rule, as a stray ABNORMAL after a SUCCESS would meet it: the success stays.
  const stray = await stack.deps.payments.refundSettled(other, {
    outRefundNo: `RF${other.slice(2)}`,
    status: 'ABNORMAL',
    at: new Date().toISOString(),
    receivedInto: null,
  });
  expect(stray).toBe(false);
  expect((await refundRecord(other))[0]!.status).toBe('SUCCESS');
});
