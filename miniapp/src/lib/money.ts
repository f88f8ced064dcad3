import { MAX_AMOUNT_FEN } from '@app/shared';
import { formatNumber } from './format';

export type YuanParse = { ok: true; fen: number } | { ok: false; error: string };

/**
 * What a cashier types (yuan, e.g. `35.5`) to integer fen, exactly: the string is split at the point, never
 * multiplied as a float (35.5 → 3550, 0.1 → 10, 19.99 → 1999). More than two decimals, signs, letters or
 * an empty field are refused with a sentence to show. A leading ¥ and surrounding spaces are ignored.
 */
export function parseYuan(input: string, options: { allowZero?: boolean; max?: number } = {}): YuanParse {
  const { allowZero = false, max = MAX_AMOUNT_FEN } = options;
  const text = input.trim().replace(/^[¥￥]\s*/, '');
  if (text === '') return { ok: false, error: '请输入金额' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return { ok: false, error: '金额格式不正确' };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { ok: false, error: '金额最多两位小数' };
  const whole = match[1] === '' ? '0' : match[1]!.replace(/^0+(?=\d)/, '');
  if (whole.length > 9) return { ok: false, error: '金额过大' };
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (fen === 0 && !allowZero) return { ok: false, error: '金额需大于 0' };
  if (fen > max) return { ok: false, error: `金额不能超过 ${formatFen(max)}` };
  return { ok: true, fen };
}

/** ¥35.50, ¥1,234.00, -¥5.00 — integer fen shown as yuan with two decimals, no float arithmetic. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}¥${formatNumber(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}

/** 3550 → "35.5", 1999 → "19.99", 1000 → "10": fen back to what a cashier would type. */
export function fenToYuanText(fen: number): string {
  const abs = Math.abs(Math.trunc(fen));
  const cents = abs % 100;
  const text =
    cents === 0
      ? String(Math.floor(abs / 100))
      : `${Math.floor(abs / 100)}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  return fen < 0 ? `-${text}` : text;
}
