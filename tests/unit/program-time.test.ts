import { addMonthsToDate, businessDateOf, formatInZone, monthOf, zonedTimeToInstant } from '@app/shared';

const SHANGHAI = 'Asia/Shanghai';

describe('program time (Asia/Shanghai, while Lambda runs in UTC)', () => {
  test.each([
    ['2026-03-01T23:59:00+08:00', '2026-03-01'],
    ['2026-03-02T00:01:00+08:00', '2026-03-02'],
    ['2026-03-02T07:00:00+08:00', '2026-03-02'], // 2026-03-01 in UTC
    ['2026-03-02T09:00:00+08:00', '2026-03-02'],
    ['2025-12-31T15:30:00Z', '2025-12-31'],
    ['2025-12-31T16:10:00Z', '2026-01-01'],
  ])('%s is business day %s', (instant, date) => {
    expect(businessDateOf(Date.parse(instant), SHANGHAI)).toBe(date);
  });

  test('months follow program time, not UTC', () => {
    expect(monthOf(Date.parse('2026-01-31T16:30:00Z'), SHANGHAI)).toBe('2026-02');
    expect(monthOf(Date.parse('2026-01-31T15:30:00Z'), SHANGHAI)).toBe('2026-01');
  });

  test('midnight of a business date as an instant', () => {
    expect(new Date(zonedTimeToInstant('2027-01-01', SHANGHAI)).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(new Date(zonedTimeToInstant('2026-03-08', 'America/New_York', '12:00:00')).toISOString()).toBe(
      '2026-03-08T16:00:00.000Z',
    );
  });

  test('formats with the zone offset', () => {
    expect(formatInZone(Date.parse('2026-12-31T16:00:00Z'), SHANGHAI)).toBe('2027-01-01T00:00:00+08:00');
    expect(formatInZone(Date.parse('2026-07-01T12:00:00Z'), 'UTC')).toBe('2026-07-01T12:00:00+00:00');
  });

  test.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-03-01', -11, '2025-04-01'],
    ['2026-12-01', 1, '2027-01-01'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonthsToDate(date, months)).toBe(expected);
  });
});
