import { addDaysToDate, type AnalyticsOverview, MAX_RANGE_DAYS, SEGMENT_NAMES, type SegmentCode } from '@app/shared';
import { formatNumber, todayInProgram } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { readDate } from '../campaigns/form-values';

export type QuickRange = 7 | 30 | 90;
export const QUICK_RANGES: readonly QuickRange[] = [7, 30, 90];

export interface DateRange {
  from: string;
  to: string;
}

/** The last `days` days up to today (program time), both ends included. */
export function quickRange(days: number, now: number = Date.now()): DateRange {
  const to = todayInProgram(now);
  return { from: addDaysToDate(to, -(days - 1)), to };
}

/** Days in a range, both ends included. */
export function rangeDays(range: DateRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A typed custom range, or what is wrong with it (field by field). */
export function readCustomRange(
  fromText: string,
  toText: string,
  now: number = Date.now(),
): { ok: true; range: DateRange } | { ok: false; errors: { from?: string; to?: string } } {
  const from = readDate(fromText);
  const to = readDate(toText);
  const errors: { from?: string; to?: string } = {};
  if (!from) errors.from = '日期格式为 2026-01-31';
  if (!to) errors.to = '日期格式为 2026-01-31';
  if (from && to) {
    if (from > to) errors.to = '结束日期不能早于开始日期';
    else if (to > todayInProgram(now)) errors.to = '结束日期不能晚于今天';
    else if (rangeDays({ from, to }) > MAX_RANGE_DAYS) errors.to = `最多查询 ${MAX_RANGE_DAYS} 天`;
  }
  return Object.keys(errors).length > 0 || !from || !to ? { ok: false, errors } : { ok: true, range: { from, to } };
}

/** 38.5% (one decimal, none when whole). */
export function percentText(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

export interface Kpi {
  key: string;
  label: string;
  value: string;
  hint?: string;
}

/** The KPI cards of an overview: 会员总数, 新增, 有消费会员占比, 积分负债 and what expires in 30/60/90 days. */
export function kpisOf(overview: AnalyticsOverview): Kpi[] {
  const { members, points } = overview;
  return [
    { key: 'members', label: '会员总数', value: formatNumber(members.total) },
    {
      key: 'new',
      label: '新增会员',
      value: formatNumber(members.newInRange),
      hint: `${overview.from.slice(5)} 至 ${overview.to.slice(5)}`,
    },
    {
      key: 'purchase-share',
      label: '有消费会员占比',
      value: percentText(members.purchaseShare),
      hint: `${formatNumber(members.withPurchase)} 人有消费`,
    },
    {
      key: 'liability',
      label: '积分负债',
      value: formatNumber(points.outstanding),
      hint: points.debt > 0 ? `另有欠款 ${formatNumber(points.debt)}` : '未过期积分合计',
    },
    { key: 'expiring-30', label: '30 天内到期', value: formatNumber(points.expiring.days30) },
    { key: 'expiring-60', label: '60 天内到期', value: formatNumber(points.expiring.days60) },
    { key: 'expiring-90', label: '90 天内到期', value: formatNumber(points.expiring.days90) },
  ];
}

/** Nothing happened in the range and nobody is a member: the dashboard says 暂无数据 instead of drawing zeros. */
export function isEmptyOverview(overview: AnalyticsOverview): boolean {
  const quietDays = overview.daily.every(
    (day) =>
      day.newMembers + day.checkins + day.purchases + day.pointsIssued + day.pointsRedeemed + day.pointsExpired === 0,
  );
  return overview.members.total === 0 && quietDays && overview.campaigns.length === 0;
}

export const yuan = (fen: number): number => fen / 100;
export const yuanTick = (value: number): string => formatFen(Math.round(value * 100)).replace(/\.00$/, '');

/** The name of an automatic segment, or the tag itself. */
export const segmentName = (code: string): string => SEGMENT_NAMES[code as SegmentCode] ?? code;

/** The query of campaign-new for an audience: `{ segments: ['churn-risk'] }` → { segments: 'churn-risk' }. */
export function audienceParams(audience: { segments?: string[]; tags?: string[] }): Record<string, string> {
  const params: Record<string, string> = {};
  if (audience.segments?.length) params.segments = audience.segments.join(',');
  if (audience.tags?.length) params.tags = audience.tags.join(',');
  return params;
}
