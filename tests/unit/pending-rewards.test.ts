import { AccountBook, minimumPaidFor, refundEffect, releaseTime, type ProgramSettings } from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const settings: ProgramSettings = { ...demoProgram, earning: { ...demoProgram.earning, pendingDays: 2 } };
const T = Date.parse('2026-05-10T10:00:00+08:00');
const DAY = 86_400_000;

describe('rewards that wait for the refund window (待到账)', () => {
  test('a caused reward arrives refundWindowDays after the purchase; its own points after pendingDays', () => {
    expect(releaseTime('task', T, settings)).toBe(T + 7 * DAY);
    expect(releaseTime('referral', T, settings)).toBe(T + 7 * DAY);
    expect(releaseTime('purchase', T, settings)).toBe(T + 2 * DAY);
  });

  test('minimums: the referral needs referral.minPaidFen to remain paid, a task only that something does', () => {
    expect(minimumPaidFor('referral', settings)).toBe(1000);
    expect(minimumPaidFor('referral-second-level', settings)).toBe(1000);
    expect(minimumPaidFor('task', settings)).toBe(1);
    expect(minimumPaidFor('referral', { ...settings, referral: { ...settings.referral, minPaidFen: 0 } })).toBe(1);
  });

  const referral = { kind: 'referral' as const, points: 100, minPaidFen: 1000, releasesAtMs: T + 7 * DAY };
  test.each([
    ['a full refund inside the window cancels', { atMs: T + DAY, remainingPaidFen: 0 }, 'cancel'],
    ['a partial refund leaving ¥15 keeps it', { atMs: T + DAY, remainingPaidFen: 1500 }, 'keep'],
    ['leaving exactly the minimum keeps it', { atMs: T + DAY, remainingPaidFen: 1000 }, 'keep'],
    ['leaving ¥9.99 cancels it', { atMs: T + DAY, remainingPaidFen: 999 }, 'cancel'],
    ['the last moment of the window still counts', { atMs: T + 7 * DAY - 1, remainingPaidFen: 0 }, 'cancel'],
    ['after the window nothing is touched', { atMs: T + 7 * DAY, remainingPaidFen: 0 }, 'keep'],
  ])('%s', (_name, refund, expected) => {
    expect(refundEffect(referral, { ...refund, pointsReversed: 40 }).kind).toBe(expected);
  });

  test("a purchase's own waiting points go down by what the refund reverses, whenever it comes", () => {
    const own = { kind: 'purchase' as const, points: 100, minPaidFen: 1, releasesAtMs: T + 2 * DAY };
    expect(refundEffect(own, { atMs: T + DAY, remainingPaidFen: 6000, pointsReversed: 40 })).toEqual({
      kind: 'reduce',
      points: 60,
    });
    expect(refundEffect(own, { atMs: T + 9 * DAY, remainingPaidFen: 0, pointsReversed: 100 })).toEqual({
      kind: 'cancel',
    });
    expect(refundEffect(own, { atMs: T + DAY, remainingPaidFen: 9000, pointsReversed: 0 })).toEqual({ kind: 'keep' });
  });

  test('announcing moves nothing: balance and growth stay, the entry says what will come and when', () => {
    let id = 0;
    const book = new AccountBook({ lotPoints: 30, debt: 0 }, [], {
      nowMs: T,
      by: { kind: 'system', id: 'test' },
      newId: () => `id-${id++}`,
      expiryFor: () => null,
    });
    const entry = book.announce(
      { points: 50, growth: 5, releasesAt: new Date(T + 7 * DAY).toISOString() },
      { type: 'bonus', reasonCode: 'task:first-purchase', reason: '任务奖励：首次消费', ref: null },
    );
    expect(entry).toMatchObject({
      points: 0,
      growth: 0,
      balanceAfter: 30,
      status: 'pending',
      pending: { points: 50, growth: 5 },
    });
    expect(book.balance).toBe(30);
    expect(book.posting()).toMatchObject({ newLots: [], lotPoints: 30, growthByMonth: {} });
  });
});
