import {
  activationCodeFrom,
  counterBenefits,
  normalizeActivationCode,
  proRataFen,
  stackedTerm,
  unusedDays,
} from '@app/shared';

const DAY_MS = 86_400_000;
const now = Date.parse('2026-03-10T04:00:00.000Z');
const plan = (discountPercent: number | null, pointsMultiplier: number | null, days = 10) => ({
  planId: 'p',
  activeUntil: new Date(now + days * DAY_MS).toISOString(),
  discountPercent,
  pointsMultiplier,
});

describe('benefits at the counter (product.md "Paid membership")', () => {
  test('the better discount applies, never both; a tie stays the level’s', () => {
    expect(counterBenefits({ discountPercent: 100, multiplier: 1 }, plan(90, null), now)).toMatchObject({
      discountPercent: 90,
      discountFrom: 'plan',
    });
    expect(counterBenefits({ discountPercent: 80, multiplier: 1.5 }, plan(90, null), now)).toMatchObject({
      discountPercent: 80,
      discountFrom: 'level',
    });
    expect(counterBenefits({ discountPercent: 90, multiplier: 1.2 }, plan(90, null), now)).toMatchObject({
      discountFrom: 'level',
    });
    expect(counterBenefits({ discountPercent: 90, multiplier: 1.2 }, plan(null, 1.5), now)).toMatchObject({
      discountPercent: 90,
      discountFrom: 'level',
    });
  });
  test('multipliers multiply; an ended plan gives nothing', () => {
    expect(counterBenefits({ discountPercent: 90, multiplier: 1.2 }, plan(85, 1.5), now).multiplier).toBe(1.8);
    expect(counterBenefits({ discountPercent: 90, multiplier: 1.2 }, plan(50, 3, -1), now)).toEqual({
      discountPercent: 90,
      discountFrom: 'level',
      multiplier: 1.2,
    });
  });
});

describe('terms and refunds', () => {
  test('a renewal while active starts at the current end; after the end, now', () => {
    expect(stackedTerm(plan(90, null, 10), 30, now)).toEqual({
      startsAt: new Date(now + 10 * DAY_MS).toISOString(),
      endsAt: new Date(now + 40 * DAY_MS).toISOString(),
    });
    expect(stackedTerm(plan(90, null, -1), 30, now).startsAt).toBe(new Date(now).toISOString());
    expect(stackedTerm(null, 365, now).endsAt).toBe(new Date(now + 365 * DAY_MS).toISOString());
  });
  test('pro rata is floored; unused days do not count the started day', () => {
    expect(proRataFen(30_000, 7, 10)).toBe(21_000);
    expect(proRataFen(1_900, 19, 30)).toBe(1_203);
    expect(proRataFen(1_900, 40, 30)).toBe(1_900);
    const term = { startsAt: new Date(now).toISOString(), endsAt: new Date(now + 30 * DAY_MS).toISOString() };
    expect(unusedDays(term, now + 10 * DAY_MS + 1)).toEqual({ unused: 19, total: 30 });
    expect(unusedDays(term, now - DAY_MS)).toEqual({ unused: 30, total: 30 });
  });
});

describe('activation codes', () => {
  test('16 Crockford characters from 80 bits; read with spaces, dashes, lower case, I/L/O', () => {
    const code = activationCodeFrom(new Uint8Array([255, 0, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(normalizeActivationCode(code.toLowerCase().replace(/(.{4})/g, '$1 - '))).toBe(code);
    expect(normalizeActivationCode('oooo-iiii-llll-0000')).toBe('0000111111110000');
    expect(normalizeActivationCode('ABCD-EFGH-JKMN-PQR')).toBeNull();
    expect(normalizeActivationCode('ABCD-EFGH-JKMN-PQRU')).toBeNull();
    expect(activationCodeFrom(new Uint8Array(10))).toBe('0000000000000000');
  });
});
