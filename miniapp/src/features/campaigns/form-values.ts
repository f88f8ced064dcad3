import { addDaysToDate, businessDate } from '@app/shared';
import { parseYuan } from '../../lib/money';

/** Program time has no daylight saving: every wall-clock moment the forms build is at +08:00. */
const OFFSET = '+08:00';

/** A typed calendar date, `2026-12-01` (also `2026-12-1` and `2026/12/01`), normalised; null if it is none. */
export function readDate(text: string): string | null {
  const match = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(text);
  if (!match) return null;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return businessDate.safeParse(date).success ? date : null;
}

/** A typed time of day, `09:30` (also `9:30`), normalised; null if it is none. */
export function readTime(text: string): string | null {
  const match = /^\s*(\d{1,2})[:：](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? `${String(hours).padStart(2, '0')}:${match[2]}` : null;
}

/** 00:00 of a date in program time, as the API's timestamp. */
export const startOfDay = (date: string): string => `${date}T00:00:00${OFFSET}`;

/** The end of a date (00:00 of the next), so a window "to 12-31" includes the whole of 31 December. */
export const endOfDay = (date: string): string => `${addDaysToDate(date, 1)}T00:00:00${OFFSET}`;

/** A wall-clock moment in program time. */
export const atTime = (date: string, time: string): string => `${date}T${time}:00${OFFSET}`;

/** A whole number typed into a field (digits only), or null. */
export function readWhole(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,12}$/.test(trimmed) ? Number(trimmed) : null;
}

/** Yuan typed into a field → fen, or the sentence saying why not; an empty optional field is `undefined`. */
export function readYuan(
  text: string,
  options: { optional?: boolean; allowZero?: boolean; max?: number } = {},
): { ok: true; fen: number | undefined } | { ok: false; error: string } {
  if (options.optional && text.trim() === '') return { ok: true, fen: undefined };
  const parsed = parseYuan(text, { allowZero: options.allowZero, max: options.max });
  return parsed.ok ? { ok: true, fen: parsed.fen } : parsed;
}

/** `8.8` (折) → 88 (the share paid); 0.1–9.9 折 with at most one decimal, else null. */
export function readZhe(text: string): number | null {
  const match = /^\s*(\d)(?:\.(\d))?\s*折?\s*$/.exec(text);
  if (!match) return null;
  const percent = Number(match[1]) * 10 + Number(match[2] ?? '0');
  return percent >= 1 && percent <= 99 ? percent : null;
}

/** The issues of a 400 VALIDATION_FAILED (`details.issues[]`, paths like `body.validity.until`). */
export function validationIssues(details: Record<string, unknown> | undefined): { path: string; message: string }[] {
  const issues = Array.isArray(details?.issues) ? (details!.issues as { path?: unknown; message?: unknown }[]) : [];
  return issues.map((issue) => ({
    path: Array.isArray(issue.path) ? issue.path.join('.') : typeof issue.path === 'string' ? issue.path : '',
    message: typeof issue.message === 'string' ? issue.message : '',
  }));
}

export const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);
