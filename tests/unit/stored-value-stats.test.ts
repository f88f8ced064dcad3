import { effectOf, statImageOf, type StatDelta } from '@app/shared';
import type { DayRow } from '../../functions/src/adapters/dynamodb';
import { storedValueFigures } from '../../functions/src/features/analytics/stored-value-figures';

const ZONE = 'Asia/Shanghai';
const image = (raw: Record<string, unknown>) => statImageOf(raw)!;
const member = (principal: number, bonus: number) =>
  image({
    entity: 'Member',
    memberId: 'm1',
    memberNo: '10000001',
    nickname: '小林',
    joinedAt: '2026-11-01T02:00:00.000Z',
    levelCode: 'L1',
    walletPrincipalFen: principal,
    walletBonusFen: bonus,
  });
const topup = (over: Record<string, unknown> = {}) =>
  image({
    entity: 'Topup',
    topupId: 'TU1',
    channel: 'wechat',
    storeId: null,
    status: 'awaiting_payment',
    payFen: 30_000,
    bonusFen: 4_000,
    paidAt: null,
    refund: null,
    ...over,
  });
const walletDeltas = (deltas: StatDelta[]) =>
  deltas.filter((delta) => Object.keys(delta.add).some((field) => /^(wallet|topup)/.test(field)));

test('a member’s wallet moves the liability totals by what changed', () => {
  expect(walletDeltas(effectOf({ old: member(0, 0), new: member(30_000, 4_000) }, ZONE).deltas)).toEqual([
    { bucket: { kind: 'total' }, add: { walletPrincipalFen: 30_000, walletBonusFen: 4_000 } },
  ]);
  expect(walletDeltas(effectOf({ old: member(30_000, 4_000), new: member(25_147, 3_353) }, ZONE).deltas)).toEqual([
    { bucket: { kind: 'total' }, add: { walletPrincipalFen: -4_853, walletBonusFen: -647 } },
  ]);
  // Images written before wallets existed count as empty wallets.
  const { walletPrincipalFen: _p, walletBonusFen: _b, ...old } = member(0, 0) as Record<string, unknown>;
  expect(walletDeltas(effectOf({ old: image(old), new: member(0, 0) }, ZONE).deltas)).toEqual([]);
});

test('a top-up counts once paid, on its business day, store and channel; its refund on the day of the refund', () => {
  const awaiting = topup();
  const paid = topup({ status: 'paid', paidAt: '2026-11-22T16:30:00.000Z' }); // 00:30 on the 23rd in Shanghai
  expect(walletDeltas(effectOf({ old: null, new: awaiting }, ZONE).deltas)).toEqual([]);
  expect(effectOf({ old: awaiting, new: paid }, ZONE).deltas).toEqual([
    {
      bucket: { kind: 'day', date: '2026-11-23', storeId: '-' },
      add: { topups_wechat: 1, topupFen_wechat: 30_000, topupBonusFen_wechat: 4_000 },
    },
  ]);
  // The same image written again (a repeated notification) counts nothing more.
  expect(effectOf({ old: paid, new: paid }, ZONE).deltas).toEqual([]);
  const refunded = topup({
    status: 'refunded',
    paidAt: '2026-11-22T16:30:00.000Z',
    refund: { principalFen: 30_000, forfeitedBonusFen: 4_000, reason: '顾客要求', at: '2026-11-25T03:00:00.000Z' },
  });
  expect(effectOf({ old: paid, new: refunded }, ZONE).deltas).toEqual([
    {
      bucket: { kind: 'day', date: '2026-11-25', storeId: '-' },
      add: { topupRefunds_wechat: 1, topupRefundFen_wechat: 30_000 },
    },
  ]);
  const atCounter = topup({ channel: 'counter', storeId: 'S001', status: 'paid', paidAt: '2026-11-23T02:00:00.000Z' });
  expect(effectOf({ old: null, new: atCounter }, ZONE).deltas).toEqual([
    {
      bucket: { kind: 'day', date: '2026-11-23', storeId: 'S001' },
      add: { topups_counter: 1, topupFen_counter: 30_000, topupBonusFen_counter: 4_000 },
    },
  ]);
});

test('the dashboard figures sum the day rows per day, store and channel, and read the liability from the totals', () => {
  const rows: DayRow[] = [
    {
      date: '2026-11-23',
      storeId: '-',
      figures: { topups_wechat: 2, topupFen_wechat: 40_000, topupBonusFen_wechat: 5_000 },
    },
    { date: '2026-11-23', storeId: 'S001', figures: { topups_counter: 1, topupFen_counter: 10_000, purchases: 4 } },
    { date: '2026-11-24', storeId: 'S001', figures: { topupRefunds_counter: 1, topupRefundFen_counter: 8_000 } },
    { date: '2026-12-01', storeId: 'S001', figures: { topups_counter: 9 } }, // outside the range
  ];
  const figures = storedValueFigures(
    rows,
    { walletPrincipalFen: 42_000, walletBonusFen: 5_000 },
    { from: '2026-11-23', to: '2026-11-24' },
    new Map([['S001', '静安寺店']]),
  );
  expect(figures.principalFen).toBe(42_000);
  expect(figures.bonusFen).toBe(5_000);
  expect(figures.topups).toEqual({ count: 3, payFen: 50_000, bonusFen: 5_000, refunds: 1, refundFen: 8_000 });
  expect(figures.daily.map((day) => [day.date, day.count, day.refundFen])).toEqual([
    ['2026-11-23', 3, 0],
    ['2026-11-24', 0, 8_000],
  ]);
  expect(figures.stores.map((store) => [store.name, store.count, store.payFen])).toEqual([
    ['线上（微信支付）', 2, 40_000],
    ['静安寺店', 1, 10_000],
  ]);
  expect(figures.channels).toEqual([
    { channel: 'wechat', count: 2, payFen: 40_000, bonusFen: 5_000, refunds: 0, refundFen: 0 },
    { channel: 'counter', count: 1, payFen: 10_000, bonusFen: 0, refunds: 1, refundFen: 8_000 },
  ]);
});
