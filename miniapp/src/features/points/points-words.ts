import type { LedgerEntryView } from '@app/shared';
import { formatDateZh, formatNumber } from '../../lib/format';

export type LedgerType = LedgerEntryView['type'];
export type PointsFilterKey = 'all' | 'gain' | 'use' | 'expire';

/** The chips above the history and the ledger types each one asks the server for. */
export const POINTS_FILTERS: ReadonlyArray<{
  key: PointsFilterKey;
  label: string;
  types: readonly LedgerType[] | null;
  empty: string;
}> = [
  { key: 'all', label: '全部', types: null, empty: '还没有积分记录，消费、签到都能获得积分' },
  { key: 'gain', label: '获得', types: ['earn', 'bonus', 'refund', 'adjust'], empty: '还没有获得积分的记录' },
  { key: 'use', label: '使用', types: ['spend', 'reverse'], empty: '还没有使用积分的记录' },
  { key: 'expire', label: '过期', types: ['expire'], empty: '没有过期的积分，真棒' },
];

/** The `type` query parameter of a filter: `earn,bonus,refund,adjust`; undefined for 全部. */
export function filterTypes(key: PointsFilterKey): string | undefined {
  const filter = POINTS_FILTERS.find((candidate) => candidate.key === key);
  return filter?.types ? filter.types.join(',') : undefined;
}

/** A short tag per ledger type, next to the server's reason text. */
export const LEDGER_TYPE_LABELS: Record<LedgerType, string> = {
  earn: '获得',
  bonus: '奖励',
  refund: '退还',
  adjust: '调整',
  spend: '使用',
  reverse: '扣回',
  expire: '过期',
};

/** +500 / -20 / 0 */
export const signedPoints = (points: number): string =>
  points > 0 ? `+${formatNumber(points)}` : points < 0 ? `-${formatNumber(-points)}` : '0';

/**
 * A reward that waits for the refund window (待到账): the chip beside its reason and the note under its points — when
 * it arrives, that it has arrived (the separate 到账 entry counts it), or that a refund cancelled it.
 */
export function pendingWords(
  entry: Pick<LedgerEntryView, 'status' | 'releasesAt'>,
): { chip: string; note: string } | null {
  switch (entry.status) {
    case 'pending':
      return { chip: '待到账', note: entry.releasesAt ? `${formatDateZh(entry.releasesAt)}到账` : '退款期后到账' };
    case 'released':
      return { chip: '已到账', note: '已计入可用积分' };
    case 'cancelled':
      return { chip: '已取消', note: '消费已退款' };
    default:
      return null;
  }
}

/** What 待到账 means, in one sentence (the card and the points page). */
export const pendingExplanation = (pending: number): string =>
  `待到账 ${formatNumber(pending)} 积分：消费带来的奖励在退款期过后到账，到账前不能使用`;

/** What a debt means for the member, in one sentence. */
export const debtExplanation = (debt: number): string =>
  `积分欠款 ${formatNumber(debt)}，下次消费获得的积分将先抵扣欠款`;
