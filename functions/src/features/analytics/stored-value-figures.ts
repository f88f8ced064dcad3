import {
  addDaysToDate,
  NO_STORE,
  type StoredValueOverview,
  TOPUP_CHANNELS,
  type TopupChannel,
  topupField,
  WALLET_BONUS_TOTAL,
  WALLET_PRINCIPAL_TOTAL,
} from '@app/shared';
import type { DayRow } from '../../adapters/dynamodb';

type Figures = StoredValueOverview['topups'];
const none = (): Figures => ({ count: 0, payFen: 0, bonusFen: 0, refunds: 0, refundFen: 0 });
const any = (figures: Figures) => Object.values(figures).some((value) => value !== 0);

function addInto(into: Figures, row: DayRow, channel: TopupChannel) {
  const of = (figure: Parameters<typeof topupField>[0]) => row.figures[topupField(figure, channel)] ?? 0;
  into.count += of('topups');
  into.payFen += of('topupFen');
  into.bonusFen += of('topupBonusFen');
  into.refunds += of('topupRefunds');
  into.refundFen += of('topupRefundFen');
}

/**
 * Stored value for the dashboard, from the aggregates it already read: the liability from the running totals, the
 * range's top-ups from the day rows (summed over shards) per day, store and channel. Online top-ups have no store
 * (`-`, shown as 线上).
 */
export function storedValueFigures(
  rows: readonly DayRow[],
  totals: Record<string, number>,
  range: { from: string; to: string },
  storeName: ReadonlyMap<string, string>,
): StoredValueOverview {
  const all = none();
  const byDate = new Map<string, Figures>();
  for (let date = range.from; date <= range.to; date = addDaysToDate(date, 1)) byDate.set(date, none());
  const byStore = new Map<string, Figures>();
  const byChannel = new Map<TopupChannel, Figures>(TOPUP_CHANNELS.map((channel) => [channel, none()]));
  for (const row of rows) {
    const day = byDate.get(row.date);
    if (!day) continue;
    const store = byStore.get(row.storeId) ?? none();
    for (const channel of TOPUP_CHANNELS) {
      for (const into of [all, day, store, byChannel.get(channel)!]) addInto(into, row, channel);
    }
    byStore.set(row.storeId, store);
  }
  return {
    principalFen: totals[WALLET_PRINCIPAL_TOTAL] ?? 0,
    bonusFen: totals[WALLET_BONUS_TOTAL] ?? 0,
    topups: all,
    daily: [...byDate].map(([date, figures]) => ({ date, ...figures })),
    stores: [...byStore]
      .filter(([, figures]) => any(figures))
      .sort(([a], [b]) => (a === NO_STORE ? -1 : b === NO_STORE ? 1 : a.localeCompare(b)))
      .map(([storeId, figures]) => ({
        storeId,
        name: storeId === NO_STORE ? '线上（微信支付）' : (storeName.get(storeId) ?? storeId),
        ...figures,
      })),
    channels: TOPUP_CHANNELS.map((channel) => ({ channel, ...byChannel.get(channel)! })),
  };
}
