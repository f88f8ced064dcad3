import { pointsByExpiryAfter, pointsView, scheduledLots } from '@app/shared';

const JAN = '2027-01-01T16:00:00.000Z';
const FEB = '2027-02-01T16:00:00.000Z';
const lot = (lotId: string, expiresAt: string | null, remaining: number) => ({
  lotId,
  earnedAt: '2026-12-01T00:00:00.000Z',
  expiresAt,
  remaining,
  initial: remaining,
  source: 'purchase',
});
const update = (expiresAt: string | null, expected: number, remaining: number, expired = false) => ({
  lotId: 'L',
  earnedAt: '2026-12-01T00:00:00.000Z',
  expiresAt,
  expected,
  remaining,
  expired,
});

test('new lots add to their expiry, lots that never expire are not scheduled', () => {
  const after = pointsByExpiryAfter(
    { [JAN]: 10 },
    { newLots: [lot('a', JAN, 5), lot('b', FEB, 7), lot('c', null, 9)], lotUpdates: [] },
  );
  expect(after).toEqual({ [JAN]: 15, [FEB]: 7 });
});

test('spending, expiring and putting back move their instant by the change; an emptied instant goes', () => {
  const before = { [JAN]: 15, [FEB]: 7 };
  expect(pointsByExpiryAfter(before, { newLots: [], lotUpdates: [update(JAN, 10, 4)] })).toEqual({
    [JAN]: 9,
    [FEB]: 7,
  });
  expect(pointsByExpiryAfter(before, { newLots: [], lotUpdates: [update(FEB, 7, 0, true)] })).toEqual({ [JAN]: 15 });
  expect(pointsByExpiryAfter({ [JAN]: 1 }, { newLots: [], lotUpdates: [update(FEB, 0, 3)] })).toEqual({
    [JAN]: 1,
    [FEB]: 3,
  });
  expect(before).toEqual({ [JAN]: 15, [FEB]: 7 }); // the member's schedule as read is left alone
});

test('the view from the schedule is the view from the lots', () => {
  const lots = [lot('a', JAN, 5), lot('b', JAN, 6), lot('c', FEB, 7), lot('d', null, 9)];
  const schedule = pointsByExpiryAfter({}, { newLots: lots, lotUpdates: [] });
  for (const nowMs of [Date.parse('2026-12-10T00:00:00Z'), Date.parse('2027-01-15T00:00:00Z')]) {
    const stored = { lotPoints: 27, debt: 0 };
    expect(pointsView(stored, scheduledLots(schedule), nowMs)).toEqual(pointsView(stored, lots, nowMs));
  }
});
