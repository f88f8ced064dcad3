import { effectOf, mergeDeltas, NO_STORE, statImageOf } from '@app/shared';
import { toCsv } from '../../functions/src/core/csv';
import { dailySeries } from '../../functions/src/features/analytics/figures';
import { decodeImage } from '../../functions/src/adapters/dynamodb/stream-records';

const ZONE = 'Asia/Shanghai';
/** A record image typed as the stream decoder types it. */
const image = (raw: Record<string, unknown>) => statImageOf(raw)!;
const member = (over: Record<string, unknown> = {}) =>
  image({
    entity: 'Member',
    memberId: 'm1',
    memberNo: '10000001',
    nickname: '小林',
    joinedAt: '2026-11-22T17:30:00.000Z', // 01:30 on the 23rd in Shanghai
    levelCode: 'L1',
    lotPoints: 0,
    pointsDebt: 0,
    purchaseCount: 0,
    referralsRewarded: 0,
    referralsInvited: 0,
    ...over,
  });

test('a new member counts on the business day of joining, in the totals and at the first level', () => {
  const effect = effectOf({ old: null, new: member() }, ZONE);
  expect(effect.deltas).toEqual([
    { bucket: { kind: 'day', date: '2026-11-23', storeId: NO_STORE }, add: { newMembers: 1 } },
    // Without a home store yet (issue 19: members by home store).
    { bucket: { kind: 'total' }, add: { members: 1, level_L1: 1, 'home_-': 1 } },
  ]);
});

test('a member change moves the totals by the difference of its images', () => {
  const before = member({ lotPoints: 100, purchaseCount: 0 });
  const after = member({
    lotPoints: 350,
    pointsDebt: 20,
    purchaseCount: 1,
    levelCode: 'L2',
    referralsRewarded: 2,
    referralsInvited: 3,
  });
  const effect = effectOf({ old: before, new: after }, ZONE);
  expect(effect.deltas).toEqual([
    { bucket: { kind: 'total' }, add: { buyers: 1, lotPoints: 250, pointsDebt: 20, level_L1: -1, level_L2: 1 } },
  ]);
  expect(effect.referral).toEqual({ memberId: 'm1', memberNo: '10000001', nickname: '小林', rewarded: 2, invited: 3 });
  expect(effectOf({ old: after, new: image({ ...after, nickname: '林' }) }, ZONE)).toEqual({
    deltas: [],
    referral: null,
  });
});

test('ledger entries count as issued, redeemed or expired by type, net of reversals and cancellations', () => {
  const entry = (type: string, points: number, storeId?: string) => ({
    old: null,
    new: image({
      entity: 'LedgerEntry',
      type,
      points,
      at: '2026-11-23T02:00:00.000Z',
      by: storeId ? { kind: 'staff', id: 's', storeId } : { kind: 'system', id: 'job' },
    }),
  });
  const deltas = mergeDeltas(
    [
      entry('earn', 120, 'S001'),
      entry('reverse', -20, 'S001'),
      entry('bonus', 5),
      entry('adjust', -3),
      entry('spend', -300),
      entry('refund', 100),
      entry('expire', -40),
    ].flatMap((change) => effectOf(change, ZONE).deltas),
  );
  expect(deltas).toEqual([
    { bucket: { kind: 'day', date: '2026-11-23', storeId: 'S001' }, add: { pointsIssued: 100 } },
    {
      bucket: { kind: 'day', date: '2026-11-23', storeId: NO_STORE },
      add: { pointsIssued: 2, pointsRedeemed: 200, pointsExpired: 40 },
    },
  ]);
});

test('purchases, refunds and check-ins count once on insert; a later modify of the same record counts nothing', () => {
  const purchase = image({
    entity: 'Purchase',
    businessDate: '2026-11-23',
    storeId: 'S002',
    payableFen: 3150,
    refundedFen: 0,
  });
  expect(effectOf({ old: null, new: purchase }, ZONE).deltas).toEqual([
    { bucket: { kind: 'day', date: '2026-11-23', storeId: 'S002' }, add: { purchases: 1, salesFen: 3150 } },
  ]);
  expect(effectOf({ old: purchase, new: image({ ...purchase, refundedFen: 1000 }) }, ZONE).deltas).toEqual([]);
  const refund = image({ entity: 'Refund', businessDate: '2026-11-24', storeId: 'S002', refundedFen: 1000 });
  expect(effectOf({ old: null, new: refund }, ZONE).deltas).toEqual([
    { bucket: { kind: 'day', date: '2026-11-24', storeId: 'S002' }, add: { refundsFen: 1000 } },
  ]);
  expect(effectOf({ old: null, new: image({ entity: 'Checkin', date: '2026-11-23' }) }, ZONE).deltas[0]!.add).toEqual({
    checkins: 1,
  });
  expect(effectOf({ old: null, new: image({ entity: 'Coupon', couponId: 'c1' }) }, ZONE).deltas).toEqual([]);
});

test('a lot owes its remaining points on the business day it expires, until spent or marked expired', () => {
  const lot = image({ entity: 'Lot', expiresAt: '2027-12-31T16:00:00.000Z', remaining: 500, expired: false });
  expect(effectOf({ old: null, new: lot }, ZONE).deltas).toEqual([
    { bucket: { kind: 'expiry', date: '2028-01-01' }, add: { points: 500 } },
  ]);
  const spent = mergeDeltas(effectOf({ old: lot, new: image({ ...lot, remaining: 120 }) }, ZONE).deltas);
  expect(spent).toEqual([{ bucket: { kind: 'expiry', date: '2028-01-01' }, add: { points: -380 } }]);
  expect(effectOf({ old: lot, new: image({ ...lot, expired: true }) }, ZONE).deltas).toEqual([
    { bucket: { kind: 'expiry', date: '2028-01-01' }, add: { points: -500 } },
  ]);
  expect(effectOf({ old: null, new: image({ ...lot, expiresAt: null }) }, ZONE).deltas).toEqual([]);
});

test('a record that counts is typed before the rules see it: a missing field is refused, not counted as nothing', () => {
  expect(() => statImageOf({ entity: 'Purchase', businessDate: '2026-11-23', storeId: 'S002' })).toThrow();
  expect(() => statImageOf({ entity: 'Member', memberId: 'm1' })).toThrow();
  expect(statImageOf({ entity: 'Coupon', couponId: 'c1' })).toEqual({ entity: 'other' });
  expect(statImageOf(null)).toBeNull();
});

test('the daily series has every day of the range, zeros included', () => {
  const series = dailySeries(
    [
      { date: '2026-11-02', storeId: 'S001', figures: { purchases: 2, salesFen: 500 } },
      { date: '2026-11-02', storeId: NO_STORE, figures: { checkins: 3 } },
    ],
    '2026-11-01',
    '2026-11-03',
  );
  expect(series.map((day) => [day.date, day.purchases, day.salesFen, day.checkins])).toEqual([
    ['2026-11-01', 0, 0, 0],
    ['2026-11-02', 2, 500, 3],
    ['2026-11-03', 0, 0, 0],
  ]);
});

test('CSV quotes commas and quotes, and never lets a cell run as a formula', () => {
  expect(
    toCsv(
      ['名', '值'],
      [
        ['a,b', 'say "hi"'],
        ['=SUM(A1)', -5],
      ],
    ),
  ).toBe('\uFEFF名,值\r\n"a,b","say ""hi"""\r\n\'=SUM(A1),-5\r\n');
});

test('stream images decode, with the empty maps the Streams client hands over as empty values', () => {
  expect(
    decodeImage({
      a: { S: 'x' },
      n: { N: '12' },
      m: {},
      l: { L: [{ BOOL: true }, { NULL: true }] },
      nested: { M: { k: { N: '-1' } } },
    } as never),
  ).toEqual({ a: 'x', n: 12, m: {}, l: [true, null], nested: { k: -1 } });
});
