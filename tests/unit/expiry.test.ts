import { lotExpiry, pointsView, type ActiveLot } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const SHANGHAI = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('lot expiry in program time (Asia/Shanghai)', () => {
  test('the demo program uses annual-rolling expiry', () => {
    expect(demoProgram.expiry).toEqual({ policy: 'annual-rolling' });
    expect(demoProgram.timezone).toBe(SHANGHAI);
  });

  test.each([
    // earned (with offset)              expires at (UTC)               = program time
    ['2025-12-31T23:30:00+08:00', '2026-12-31T16:00:00.000Z'], // 2027-01-01T00:00+08:00; still 2025 in Beijing
    ['2025-12-31T15:30:00Z', '2026-12-31T16:00:00.000Z'], // same instant written in UTC
    ['2026-01-01T00:10:00+08:00', '2027-12-31T16:00:00.000Z'], // 2028-01-01T00:00+08:00; 2025 in UTC, 2026 in Beijing
    ['2025-12-31T16:10:00Z', '2027-12-31T16:00:00.000Z'], // same instant written in UTC
    ['2026-01-01T00:00:00+08:00', '2027-12-31T16:00:00.000Z'], // the first instant of 2026
    ['2025-12-31T23:59:59+08:00', '2026-12-31T16:00:00.000Z'], // the last second of 2025
    ['2026-07-15T12:00:00+08:00', '2027-12-31T16:00:00.000Z'],
    ['2024-02-29T10:00:00+08:00', '2025-12-31T16:00:00.000Z'],
  ])('annual-rolling: earned %s expires %s', (earned, expires) => {
    expect(iso(lotExpiry(at(earned), { policy: 'annual-rolling' }, SHANGHAI))).toBe(expires);
  });

  test.each([
    // earned                        days  expires (UTC)                 note
    ['2026-03-01T07:00:00+08:00', 30, '2026-03-30T16:00:00.000Z'], // 2026-03-31T00:00+08:00 (UTC date is still 02-28)
    ['2026-03-01T23:59:00+08:00', 30, '2026-03-30T16:00:00.000Z'], // time of day does not matter
    ['2026-03-01T00:00:00+08:00', 1, '2026-03-01T16:00:00.000Z'], // 2026-03-02T00:00+08:00
    ['2026-02-28T15:59:00Z', 1, '2026-02-28T16:00:00.000Z'], // 2026-02-28T23:59+08:00 → 2026-03-01T00:00+08:00
    ['2026-02-28T16:00:00Z', 1, '2026-03-01T16:00:00.000Z'], // 2026-03-01T00:00+08:00 → 2026-03-02T00:00+08:00
    ['2026-12-20T10:00:00+08:00', 365, '2027-12-19T16:00:00.000Z'], // 2027-12-20T00:00+08:00
    ['2028-02-01T10:00:00+08:00', 29, '2028-02-29T16:00:00.000Z'], // leap year: 2028-03-01T00:00+08:00
  ])('days-after-earn: earned %s with %i days expires %s', (earned, days, expires) => {
    expect(iso(lotExpiry(at(earned), { policy: 'days-after-earn', days }, SHANGHAI))).toBe(expires);
  });

  test('never: no expiry', () => {
    expect(lotExpiry(at('2026-03-01T07:00:00+08:00'), { policy: 'never' }, SHANGHAI)).toBeNull();
  });

  test('the zone is the program zone, not the machine zone', () => {
    // 2025-12-31T23:30 in New York is 2026-01-01T04:30Z: in New York the year is 2025.
    expect(iso(lotExpiry(at('2025-12-31T23:30:00-05:00'), { policy: 'annual-rolling' }, 'America/New_York'))).toBe(
      '2027-01-01T05:00:00.000Z',
    );
    expect(iso(lotExpiry(at('2025-12-31T23:30:00-05:00'), { policy: 'annual-rolling' }, SHANGHAI))).toBe(
      '2027-12-31T16:00:00.000Z',
    );
  });
});

describe('points view (what the card shows, job run or not)', () => {
  const now = at('2026-10-10T12:00:00+08:00');
  const lot = (lotId: string, expiresAt: string | null, remaining: number): ActiveLot => ({
    lotId,
    earnedAt: '2025-06-01T00:00:00.000Z',
    expiresAt,
    remaining,
    source: 'test',
  });

  test.each([
    {
      name: 'no lots',
      stored: { lotPoints: 0, debt: 0 },
      lots: [] as ActiveLot[],
      expected: { balance: 0, debt: 0, expiring: null },
    },
    {
      name: 'lots expiring within 90 days are announced, the soonest date only, same-date lots summed',
      stored: { lotPoints: 100 + 40 + 60 + 500 + 7, debt: 0 },
      lots: [
        lot('a', '2026-12-31T16:00:00.000Z', 100),
        lot('b', '2026-11-30T16:00:00.000Z', 40),
        lot('c', '2026-11-30T16:00:00.000Z', 60),
        lot('d', '2027-12-31T16:00:00.000Z', 500),
        lot('e', null, 7),
      ],
      expected: { balance: 707, debt: 0, expiring: { points: 100, at: '2026-11-30T16:00:00.000Z' } },
    },
    {
      name: 'lots past their expiry count for nothing even before the job ran',
      stored: { lotPoints: 300 + 200, debt: 0 },
      lots: [lot('old', '2026-10-10T03:59:59.000Z', 300), lot('new', '2027-12-31T16:00:00.000Z', 200)],
      expected: { balance: 200, debt: 0, expiring: null },
    },
    {
      name: 'a lot expiring exactly now is already gone',
      stored: { lotPoints: 50, debt: 0 },
      lots: [lot('edge', new Date(now).toISOString(), 50)],
      expected: { balance: 0, debt: 0, expiring: null },
    },
    {
      name: 'exactly 90 days ahead is announced, 90 days and 1 ms is not',
      stored: { lotPoints: 11 + 22, debt: 0 },
      lots: [
        lot('in', new Date(now + 90 * 86_400_000).toISOString(), 11),
        lot('out', new Date(now + 90 * 86_400_000 + 1).toISOString(), 22),
      ],
      expected: { balance: 33, debt: 0, expiring: { points: 11, at: new Date(now + 90 * 86_400_000).toISOString() } },
    },
    {
      name: 'a debt stands beside a spendable balance of 0, never as a negative balance',
      stored: { lotPoints: 0, debt: 80 },
      lots: [] as ActiveLot[],
      expected: { balance: 0, debt: 80, expiring: null },
    },
    {
      name: 'empty lots are ignored',
      stored: { lotPoints: 10, debt: 0 },
      lots: [lot('empty', '2026-10-20T16:00:00.000Z', 0), lot('full', '2026-10-25T16:00:00.000Z', 10)],
      expected: { balance: 10, debt: 0, expiring: { points: 10, at: '2026-10-25T16:00:00.000Z' } },
    },
  ])('$name', ({ stored, lots, expected }) => {
    expect(pointsView(stored, lots, now)).toEqual(expected);
  });
});
