import { fenToYuanText, formatFen, parseYuan } from '../../miniapp/src/lib/money';
import { formatDateTime, formatDayLabel, formatValidThrough, todayInProgram } from '../../miniapp/src/lib/format';
import { newIdempotencyKey } from '../../miniapp/src/lib/idempotency';

describe('yuan typed by a cashier → fen', () => {
  it.each([
    ['35.5', 3550],
    ['0.1', 10],
    ['0.01', 1],
    ['19.99', 1999],
    ['500', 50000],
    ['500.', 50000],
    ['.5', 50],
    [' 12.30 ', 1230],
    ['¥8', 800],
    ['007.07', 707],
    ['1000000', 100_000_000],
  ])('%p → %p fen, exactly', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it('is exact where multiplying the float is not (0.29 × 100 = 28.999…)', () => {
    for (const [text, fen] of [
      ['0.29', 29],
      ['1.13', 113],
      ['4.35', 435],
      ['9.95', 995],
      ['16.08', 1608],
    ] as const) {
      expect(Math.round(Number(text) * 100)).toBe(fen); // the naive way happens to round right here…
      expect(Number(text) * 100 === fen).toBe(false); // …but is not exact
      expect(parseYuan(text)).toEqual({ ok: true, fen });
    }
    expect(parseYuan('1.005').ok).toBe(false);
  });

  it.each([
    ['1.234', '金额最多两位小数'],
    ['', '请输入金额'],
    ['   ', '请输入金额'],
    ['.', '金额格式不正确'],
    ['-5', '金额格式不正确'],
    ['1e3', '金额格式不正确'],
    ['12,5', '金额格式不正确'],
    ['3.5.1', '金额格式不正确'],
    ['abc', '金额格式不正确'],
    ['0', '金额需大于 0'],
    ['0.00', '金额需大于 0'],
    ['1000000.01', '金额不能超过 ¥1,000,000.00'],
    ['99999999999', '金额过大'],
  ])('refuses %p: %s', (text, error) => {
    expect(parseYuan(text)).toEqual({ ok: false, error });
  });

  it('allows zero where a price may be free, and a lower maximum', () => {
    expect(parseYuan('0', { allowZero: true })).toEqual({ ok: true, fen: 0 });
    expect(parseYuan('20', { max: 1500 })).toEqual({ ok: false, error: '金额不能超过 ¥15.00' });
  });
});

describe('money and dates as people read them', () => {
  it('shows fen as yuan with two decimals and separators', () => {
    expect(formatFen(3550)).toBe('¥35.50');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
    expect(formatFen(-2000)).toBe('-¥20.00');
  });

  it('turns fen back into what a cashier would type', () => {
    expect(fenToYuanText(3550)).toBe('35.5');
    expect(fenToYuanText(1905)).toBe('19.05');
    expect(fenToYuanText(1000)).toBe('10');
  });

  it('prints moments in program time, relative to today', () => {
    const now = Date.parse('2026-11-23T05:00:00Z'); // 13:00 in Shanghai
    expect(formatDateTime('2026-11-23T01:05:00Z', now)).toBe('今天 09:05');
    expect(formatDateTime('2026-11-22T15:59:00Z', now)).toBe('昨天 23:59');
    expect(formatDateTime('2026-11-22T16:00:00Z', now)).toBe('今天 00:00');
    expect(formatDateTime('2026-10-12T10:15:00+08:00', now)).toBe('10-12 10:15');
    expect(formatDateTime('2025-12-10T11:00:00+08:00', now)).toBe('2025-12-10 11:00');
    expect(todayInProgram(Date.parse('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
    expect(formatDayLabel('2026-11-23')).toBe('11月23日 周一');
  });

  it('says points expiring at 00:00 on 1 January are good through 31 December', () => {
    expect(formatValidThrough('2028-01-01T00:00:00+08:00')).toBe('2027年12月31日');
    expect(formatValidThrough('2027-03-15T12:00:00+08:00')).toBe('2027年3月15日');
  });

  it('makes a different idempotency key each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey('purchase')));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^purchase-[0-9a-z]+-[0-9a-z]{14}$/);
  });
});
