import type * as z from 'zod';
import type { levelHistoryResponse } from '@app/shared';

export type LevelHistoryEntry = z.infer<typeof levelHistoryResponse>['history'][number];
export type GrowthBucket = z.infer<typeof levelHistoryResponse>['buckets'][number];

/** Why a level changed, in the member's words. */
export const LEVEL_REASONS: Record<string, string> = {
  registered: '注册',
  upgrade: '升级',
  'upgrade-reverted': '退款撤销升级',
  'review-drop': '保级失败降级',
  'review-renew': '保级成功',
  'demo-seed': '等级设定',
};

export const levelReasonText = (reason: string): string => LEVEL_REASONS[reason] ?? '等级调整';

/** The 12 months oldest first (the server sends newest first), so bars read left to right. */
export const bucketsOldestFirst = (buckets: readonly GrowthBucket[]): GrowthBucket[] =>
  [...buckets].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

/** '2026-11' → '11月' */
export const monthLabel = (month: string): string => `${Number(month.slice(5, 7))}月`;

/** '2026-11' → '2026年11月' */
export const monthLabelLong = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** Bar heights (0..1) relative to the busiest month; an empty month still shows a sliver. */
export function barShares(buckets: readonly GrowthBucket[]): number[] {
  const max = Math.max(0, ...buckets.map((bucket) => bucket.growth));
  return buckets.map((bucket) => (max <= 0 || bucket.growth <= 0 ? 0 : Math.max(0.04, bucket.growth / max)));
}
