export { groupDigits } from '@app/shared';

/** "9折" for 90, "8.5折" for 85, "无折扣" for 100 (discountPercent is the share of the price paid). */
export function discountLabel(discountPercent: number): string {
  if (discountPercent >= 100) return '无折扣';
  const zhe = discountPercent / 10;
  return `${Number.isInteger(zhe) ? zhe : zhe.toFixed(1).replace(/0$/, '')}折`;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A calendar date as members read it, in program time (Asia/Shanghai, no daylight saving): 2025-11-23. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return value;
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** 2025年11月23日 */
export function formatDateZh(value: string | null | undefined): string {
  const date = formatDate(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** 12,345 */
export const formatNumber = (value: number): string => value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The wall clock in program time of an instant, as { date: 2025-11-23, time: 09:05 }; null if unreadable. */
function shanghaiParts(value: string | number): { date: string; time: string } | null {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) return null;
  const iso = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** 09:05 — the time of day in program time. */
export function formatTime(value: string): string {
  return shanghaiParts(value)?.time ?? value;
}

/**
 * A moment as a list shows it: `今天 09:05`, `昨天 18:30`, `11-02 12:00` this year, `2024-12-31 23:10` before.
 * `now` is injectable for tests.
 */
export function formatDateTime(value: string, now: number = Date.now()): string {
  const parts = shanghaiParts(value);
  const today = shanghaiParts(now);
  if (!parts || !today) return value;
  if (parts.date === today.date) return `今天 ${parts.time}`;
  const yesterday = shanghaiParts(now - 86_400_000)!;
  if (parts.date === yesterday.date) return `昨天 ${parts.time}`;
  if (parts.date.slice(0, 4) === today.date.slice(0, 4)) return `${parts.date.slice(5)} ${parts.time}`;
  return `${parts.date} ${parts.time}`;
}

/**
 * The last day something is good for, when it ends at an instant: points that expire at 00:00 on 1 January
 * are good through 31 December, so that is the date to print after 有效期至.
 */
export function formatValidThrough(expiresAt: string): string {
  const ms = Date.parse(expiresAt);
  if (!Number.isFinite(ms)) return formatDateZh(expiresAt);
  return formatDateZh(new Date(ms - 1).toISOString());
}

/** Today's business date in program time (YYYY-MM-DD). */
export function todayInProgram(now: number = Date.now()): string {
  return shanghaiParts(now)!.date;
}

/** 11月23日 周一 — a business date for a date switcher. */
export function formatDayLabel(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const weekday = '日一二三四五六'[
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay()
  ];
  return `${Number(match[2])}月${Number(match[3])}日 周${weekday}`;
}

/** A store as a filter or chip names it: 陆家嘴店 for 啡常时光·陆家嘴店 (the brand is the same for every store). */
export const shortStoreName = (name: string): string => name.replace(/^.*·/, '');
