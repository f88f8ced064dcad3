import {
  firstReviewDate,
  giftDue,
  qualifyingGrowth,
  reviewLevel,
  upgradeTarget,
  upgradeToRevert,
  type LastUpgrade,
} from '@app/shared';
import { demoProgram } from '../../infra/seed/demo-program';

const SHANGHAI = 'Asia/Shanghai';
const levels = demoProgram.levels;
const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;

describe('upgrade target', () => {
  test.each([
    ['L1', 0, null],
    ['L1', 499, null],
    ['L1', 500, 'L2'],
    ['L1', 1499, 'L2'],
    ['L1', 1500, 'L3'], // levels may be skipped
    ['L1', 99999, 'L3'],
    ['L2', 499, null], // never a downgrade
    ['L2', 1499, null],
    ['L2', 1500, 'L3'],
    ['L3', 1500, null],
    ['L3', 0, null],
  ])('at %s with qualifying growth %i → %p', (current, qualifying, target) => {
    expect(upgradeTarget(levels, current, qualifying)?.code ?? null).toBe(target);
  });

  test('a member with 0 growth whose purchase brings 1500 jumps from L1 to L3', () => {
    const before = qualifyingGrowth({}, '2026-03');
    const after = qualifyingGrowth({ '2026-03': 1500 }, '2026-03');
    expect([before, after]).toEqual([0, 1500]);
    expect(upgradeTarget(levels, 'L1', before)).toBeNull();
    expect(upgradeTarget(levels, 'L1', after)).toMatchObject({
      code: 'L3',
      name: '金卡会员',
      upgradeGift: { points: 300, couponTitle: '任意饮品兑换券' },
    });
  });
});

describe('upgrade gift: once per level per program-time year', () => {
  test.each<{ given: Record<string, number>; level: string; now: string; due: boolean }>([
    { given: {}, level: 'L2', now: '2026-06-01T12:00:00+08:00', due: true },
    { given: { L2: 2026 }, level: 'L2', now: '2026-06-01T12:00:00+08:00', due: false },
    { given: { L2: 2026 }, level: 'L3', now: '2026-06-01T12:00:00+08:00', due: true },
    { given: { L2: 2025 }, level: 'L2', now: '2026-06-01T12:00:00+08:00', due: true },
    { given: { L2: 2026 }, level: 'L2', now: '2026-12-31T23:59:59+08:00', due: false },
    // 16:30 UTC on 31 December 2026 is 00:30 on 1 January 2027 in Beijing: a new year
    { given: { L2: 2026 }, level: 'L2', now: '2026-12-31T16:30:00Z', due: true },
    // 23:30 UTC on 31 December 2025 is already 2026 in Beijing: the 2026 gift was given
    { given: { L2: 2026 }, level: 'L2', now: '2025-12-31T23:30:00Z', due: false },
    // 16:30 UTC on 31 December 2025 is 2026 in Beijing: the 2025 gift does not count
    { given: { L2: 2025 }, level: 'L2', now: '2025-12-31T16:30:00Z', due: true },
    { given: { L2: 2025 }, level: 'L2', now: '2025-12-31T15:59:59Z', due: false },
  ])('given $given, $level at $now → due $due', ({ given, level, now, due }) => {
    expect(giftDue(given, level, at(now), SHANGHAI)).toBe(due);
  });
});

describe('reverting an upgrade after a refund', () => {
  const upgradedAt = '2026-03-10T12:00:00+08:00';
  const upgrade = (from: string, to: string): LastUpgrade => ({
    from,
    to,
    at: new Date(at(upgradedAt)).toISOString(),
    previousHeldSince: '2025-01-01T00:00:00.000Z',
    giftPoints: 100,
    giftLotId: 'gift-lot',
    giftYear: 2026,
    entitlementId: null,
  });
  const t0 = at(upgradedAt);

  test.each([
    {
      name: 'L1→L2, growth back to 300: back to L1',
      last: upgrade('L1', 'L2'),
      current: 'L2',
      q: 300,
      now: t0 + DAY,
      result: { to: 'L1' },
    },
    {
      name: 'L1→L2, growth 499: back to L1',
      last: upgrade('L1', 'L2'),
      current: 'L2',
      q: 499,
      now: t0 + DAY,
      result: { to: 'L1' },
    },
    { name: 'L1→L2, still 500: kept', last: upgrade('L1', 'L2'), current: 'L2', q: 500, now: t0 + DAY, result: null },
    {
      name: 'L1→L3, growth 800: to L2, which the growth supports',
      last: upgrade('L1', 'L3'),
      current: 'L3',
      q: 800,
      now: t0 + DAY,
      result: { to: 'L2' },
    },
    {
      name: 'L1→L3, growth 100: to L1',
      last: upgrade('L1', 'L3'),
      current: 'L3',
      q: 100,
      now: t0 + DAY,
      result: { to: 'L1' },
    },
    { name: 'L1→L3, still 1500: kept', last: upgrade('L1', 'L3'), current: 'L3', q: 1500, now: t0 + DAY, result: null },
    {
      name: 'L2→L3, growth 100: never below the previous level L2',
      last: upgrade('L2', 'L3'),
      current: 'L3',
      q: 100,
      now: t0 + DAY,
      result: { to: 'L2' },
    },
    {
      name: 'L2→L3, growth 1499: to L2',
      last: upgrade('L2', 'L3'),
      current: 'L3',
      q: 1499,
      now: t0 + DAY,
      result: { to: 'L2' },
    },
    { name: 'right after the upgrade', last: upgrade('L1', 'L2'), current: 'L2', q: 0, now: t0, result: { to: 'L1' } },
    {
      name: '30 days less 1 ms later',
      last: upgrade('L1', 'L2'),
      current: 'L2',
      q: 0,
      now: t0 + 30 * DAY - 1,
      result: { to: 'L1' },
    },
    {
      name: '30 days and 1 ms later: too late',
      last: upgrade('L1', 'L2'),
      current: 'L2',
      q: 0,
      now: t0 + 30 * DAY + 1,
      result: null,
    },
    {
      name: '45 days later: too late',
      last: upgrade('L1', 'L2'),
      current: 'L2',
      q: 0,
      now: t0 + 45 * DAY,
      result: null,
    },
    { name: 'no upgrade on record', last: null, current: 'L2', q: 0, now: t0 + DAY, result: null },
    {
      name: 'the recorded upgrade is not to the current level',
      last: upgrade('L1', 'L2'),
      current: 'L3',
      q: 0,
      now: t0 + DAY,
      result: null,
    },
  ])('$name', ({ last, current, q, now, result }) => {
    expect(upgradeToRevert(levels, last, current, q, now)).toEqual(result);
  });
});

describe('first review date: 12 months held, rounded up to a 1st (program time)', () => {
  test.each([
    ['2026-01-15T10:00:00+08:00', '2027-02-01'],
    ['2026-02-01T00:00:00+08:00', '2027-02-01'],
    ['2026-01-31T23:59:59+08:00', '2027-02-01'],
    ['2026-12-01T09:00:00+08:00', '2027-12-01'],
    ['2026-12-02T09:00:00+08:00', '2028-01-01'], // rounds up across a year
    ['2024-02-29T09:00:00+08:00', '2025-03-01'], // 2025-02-28, rounded up
    // 16:30 UTC on 1 February is 00:30 on 2 February in Beijing: protected until 2027-02-02, so March
    ['2026-02-01T16:30:00Z', '2027-03-01'],
    // 15:30 UTC on 1 February is 23:30 on 1 February in Beijing
    ['2026-02-01T15:30:00Z', '2027-02-01'],
  ])('level reached %s → first review %s', (reached, review) => {
    expect(firstReviewDate(at(reached), SHANGHAI)).toBe(review);
  });
});

describe('monthly review', () => {
  const settings = (levelPolicy: 'one-level' | 'to-qualified' | 'never') => ({
    levels,
    timezone: SHANGHAI,
    levelPolicy,
  });
  const jan15 = at('2026-01-15T10:00:00+08:00');

  test('the demo program drops one level', () => {
    expect(demoProgram.levelPolicy).toBe('one-level');
  });

  test.each([
    // policy, level, held since, qualifying, review date, outcome
    ['one-level', 'L2', jan15, 0, '2026-06-01', { action: 'keep' }],
    ['one-level', 'L2', jan15, 0, '2027-01-01', { action: 'keep' }], // only 11.5 months held
    ['one-level', 'L2', jan15, 0, '2027-02-01', { action: 'drop', to: 'L1' }],
    ['one-level', 'L2', jan15, 499, '2027-02-01', { action: 'drop', to: 'L1' }],
    ['one-level', 'L2', jan15, 0, '2027-05-01', { action: 'drop', to: 'L1' }], // a later review drops too
    ['one-level', 'L3', jan15, 0, '2027-02-01', { action: 'drop', to: 'L2' }], // one level only
    ['one-level', 'L3', jan15, 1499, '2027-02-01', { action: 'drop', to: 'L2' }],
    ['one-level', 'L3', jan15, 1500, '2027-02-01', { action: 'renew' }],
    ['one-level', 'L2', jan15, 500, '2027-02-01', { action: 'renew' }],
    ['one-level', 'L2', jan15, 3000, '2027-02-01', { action: 'renew' }],
    ['one-level', 'L2', jan15, 3000, '2027-01-01', { action: 'keep' }], // not yet due: nothing to renew
    ['to-qualified', 'L3', jan15, 0, '2027-02-01', { action: 'drop', to: 'L1' }],
    ['to-qualified', 'L3', jan15, 499, '2027-02-01', { action: 'drop', to: 'L1' }],
    ['to-qualified', 'L3', jan15, 500, '2027-02-01', { action: 'drop', to: 'L2' }],
    ['to-qualified', 'L3', jan15, 1499, '2027-02-01', { action: 'drop', to: 'L2' }],
    ['to-qualified', 'L2', jan15, 499, '2027-02-01', { action: 'drop', to: 'L1' }],
    ['to-qualified', 'L3', jan15, 1500, '2027-02-01', { action: 'renew' }],
    ['to-qualified', 'L3', jan15, 0, '2027-01-01', { action: 'keep' }],
    ['never', 'L3', jan15, 0, '2027-02-01', { action: 'keep' }],
    ['never', 'L3', jan15, 1500, '2027-02-01', { action: 'renew' }],
    // L1 never drops, whatever the policy and however long it was held
    ['one-level', 'L1', at('2020-01-01T00:00:00+08:00'), 0, '2027-02-01', { action: 'keep' }],
    ['to-qualified', 'L1', at('2020-01-01T00:00:00+08:00'), 0, '2027-02-01', { action: 'keep' }],
    ['never', 'L1', at('2020-01-01T00:00:00+08:00'), 0, '2027-02-01', { action: 'keep' }],
    // reached at 00:30 on 2 February in Beijing (still 1 February in UTC): first review on 1 March 2027
    ['one-level', 'L2', at('2026-02-01T16:30:00Z'), 0, '2027-02-01', { action: 'keep' }],
    ['one-level', 'L2', at('2026-02-01T16:30:00Z'), 0, '2027-03-01', { action: 'drop', to: 'L1' }],
  ] as const)(
    '%s: %s held since %p with qualifying %i, review %s → %p',
    (policy, levelCode, heldSinceMs, qualifying, reviewDate, outcome) => {
      expect(reviewLevel(settings(policy), { levelCode, heldSinceMs, qualifying }, reviewDate)).toEqual(outcome);
    },
  );

  test('a drop to-qualified is never a keep: every growth below the threshold drops', () => {
    for (let qualifying = 0; qualifying < 1500; qualifying += 7) {
      const outcome = reviewLevel(
        settings('to-qualified'),
        { levelCode: 'L3', heldSinceMs: jan15, qualifying },
        '2027-02-01',
      );
      expect({ qualifying, outcome }).toEqual({
        qualifying,
        outcome: { action: 'drop', to: qualifying >= 500 ? 'L2' : 'L1' },
      });
    }
  });
});
