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
