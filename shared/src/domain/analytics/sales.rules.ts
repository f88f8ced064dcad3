import { addDaysToDate } from '../time/calendar';
import type { RecordChange, StatDelta, StatImage } from './aggregation.rules';

/**
 * The sales figures of seed 001 (issue 19), added by the same aggregator as the other statistics: what each SKU
 * sold, what each staff member recorded, what each member spent per day (for 消费预警), and members per home store.
 * Like every statistic they are sums of deltas, so a recomputation from the records gives the same figures.
 */
export type SalesBucket =
  | { kind: 'sku'; date: string; sku: string }
  | { kind: 'staff'; date: string; storeId: string; staffId: string }
  | { kind: 'spend'; memberId: string; date: string };

/** A purchase's SKU lines beyond this many distinct SKUs count under `OTHER_SKU`, so one purchase fits a transaction. */
export const MAX_SKU_BUCKETS_PER_PURCHASE = 90;
export const OTHER_SKU = '(其他)';

/** Members by home store are running totals (`home_<storeId>`, `home_-` for no home store yet). */
export const homeStoreField = (storeId: string | null | undefined) => `home_${storeId || '-'}`;
export const HOME_STORE_PREFIX = 'home_';

export const salesBucketId = (bucket: SalesBucket): string =>
  bucket.kind === 'sku'
    ? `sku#${bucket.date}#${bucket.sku}`
    : bucket.kind === 'staff'
      ? `staff#${bucket.date}#${bucket.storeId}#${bucket.staffId}`
      : `spend#${bucket.memberId}#${bucket.date}`;

type PurchaseLine = { sku: string; quantity: number; unitPriceFen: number };

/** Quantity and revenue (quantity × unit price) per SKU of one purchase's lines, the tail beyond the cap merged. */
export function skuFiguresOf(lines: readonly PurchaseLine[]): Map<string, { quantity: number; revenueFen: number }> {
  const bySku = new Map<string, { quantity: number; revenueFen: number }>();
  for (const line of lines) {
    const sku = bySku.has(line.sku) || bySku.size < MAX_SKU_BUCKETS_PER_PURCHASE - 1 ? line.sku : OTHER_SKU;
    const into = bySku.get(sku) ?? { quantity: 0, revenueFen: 0 };
    into.quantity += line.quantity;
    into.revenueFen += line.quantity * line.unitPriceFen;
    bySku.set(sku, into);
  }
  return bySku;
}

/** The sales deltas of one record change (purchases and refunds count once when inserted; members move home stores). */
export function salesDeltasOf(change: RecordChange): StatDelta[] {
  const entity = (change.new ?? change.old)?.entity;
  if (entity === 'Member') {
    const before = change.old?.entity === 'Member' ? change.old : null;
    const after = change.new?.entity === 'Member' ? change.new : null;
    if (before && after && (before.homeStoreId ?? null) === (after.homeStoreId ?? null)) return [];
    const add: Record<string, number> = {};
    if (before) add[homeStoreField(before.homeStoreId)] = -1;
    if (after) add[homeStoreField(after.homeStoreId)] = (add[homeStoreField(after.homeStoreId)] ?? 0) + 1;
    return [{ bucket: { kind: 'total' }, add }];
  }
  const inserted = change.new && !change.old ? change.new : null;
  const removed = change.old && !change.new ? change.old : null;
  const image: StatImage | null = inserted ?? removed;
  const sign = inserted ? 1 : -1;
  if (image?.entity === 'Purchase') {
    const date = image.businessDate;
    const deltas: StatDelta[] = [...skuFiguresOf(image.items)].map(([sku, figures]) => ({
      bucket: { kind: 'sku', date, sku },
      add: { quantity: sign * figures.quantity, revenueFen: sign * figures.revenueFen },
    }));
    if (image.by)
      deltas.push({
        bucket: { kind: 'staff', date, storeId: image.storeId, staffId: image.by },
        add: { purchases: sign, salesFen: sign * image.payableFen },
      });
    if (image.memberId)
      deltas.push({ bucket: { kind: 'spend', memberId: image.memberId, date }, add: { fen: sign * image.payableFen } });
    return deltas;
  }
  if (image?.entity === 'Refund') {
    const date = image.businessDate;
    const deltas: StatDelta[] = [];
    if (image.by)
      deltas.push({
        bucket: { kind: 'staff', date, storeId: image.storeId, staffId: image.by },
        add: { refunds: sign, refundsFen: sign * image.refundedFen },
      });
    if (image.memberId)
      deltas.push({
        bucket: { kind: 'spend', memberId: image.memberId, date },
        add: { fen: -sign * image.refundedFen },
      });
    return deltas;
  }
  return [];
}

// ---- 消费预警 ------------------------------------------------------------------------------------------------

export const SPEND_WINDOW_DAYS = 90;

/** The two windows of 消费预警: the last 90 business days up to today, and the 90 before them. */
export function spendWindows(today: string) {
  const recentFrom = addDaysToDate(today, -(SPEND_WINDOW_DAYS - 1));
  return {
    previous: { from: addDaysToDate(recentFrom, -SPEND_WINDOW_DAYS), to: addDaysToDate(recentFrom, -1) },
    recent: { from: recentFrom, to: today },
  };
}

export interface SpendComparison {
  previousFen: number;
  recentFen: number;
}

/** Net spend (after refunds) of each window, from a member's spend per business day. */
export function compareSpend(days: Iterable<readonly [string, number]>, today: string): SpendComparison {
  const { previous, recent } = spendWindows(today);
  let previousFen = 0;
  let recentFen = 0;
  for (const [date, fen] of days) {
    if (date >= previous.from && date <= previous.to) previousFen += fen;
    else if (date >= recent.from && date <= recent.to) recentFen += fen;
  }
  return { previousFen, recentFen };
}

/** Spend fell by more than half: a 50 % drop exactly is not yet a warning (integers, no rounding). */
export const spendDropped = ({ previousFen, recentFen }: SpendComparison) =>
  previousFen > 0 && Math.max(0, recentFen) * 2 < previousFen;

/** The drop as a share of the earlier spend, 4 decimals (0.51 = 51 % less). */
export const spendDropShare = ({ previousFen, recentFen }: SpendComparison) =>
  previousFen > 0 ? Math.round(((previousFen - Math.max(0, recentFen)) / previousFen) * 10_000) / 10_000 : 0;
