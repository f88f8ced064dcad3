import { businessDateOf, type activityQuery, type activityResponse } from '@app/shared';
import type * as z from 'zod';
import type { AppDeps } from '../../../composition';

type Activity = z.infer<typeof activityResponse>;

/** The store's counter of one business day (today by default): purchases, refunds and hand-outs, newest first. */
export async function storeActivity(
  storeId: string,
  query: z.infer<typeof activityQuery>,
  now: number,
  deps: Pick<AppDeps, 'programAt' | 'purchases'>,
): Promise<Activity> {
  const settings = await deps.programAt(now);
  const date = query.date ?? businessDateOf(now, settings.timezone);
  const day = await deps.purchases.storeDay(storeId, date);
  const items: Activity['items'] = [
    ...day.purchases.map((p) => ({
      kind: 'purchase' as const,
      at: p.at,
      id: p.purchaseId,
      purchaseId: p.purchaseId,
      receiptNo: p.receiptNo,
      memberNo: p.memberNo,
      nickname: p.nickname,
      amountFen: p.payableFen,
      points: p.points,
      staff: p.by,
      title: null,
    })),
    ...day.refunds.map((r) => ({
      kind: 'refund' as const,
      at: r.at,
      id: r.refundId,
      purchaseId: r.purchaseId,
      receiptNo: r.receiptNo,
      memberNo: r.memberNo,
      nickname: r.nickname,
      amountFen: -r.refundedFen,
      points: -r.pointsReversed,
      staff: r.by,
      title: null,
    })),
    // A hand-out collects the order's cash part; its points were paid when it was redeemed.
    ...day.handouts.map((o) => ({
      kind: 'handout' as const,
      at: o.fulfilledAt!,
      id: o.orderId,
      purchaseId: null,
      receiptNo: null,
      memberNo: o.memberNo,
      nickname: o.nickname,
      amountFen: o.cashFen,
      points: 0,
      staff: o.fulfilledBy!,
      title: `${o.itemName} ×${o.quantity}`,
    })),
  ].sort((a, b) => (a.at < b.at ? 1 : -1));
  return {
    date,
    storeId,
    items,
    totals: {
      purchases: day.purchases.length,
      salesFen: day.purchases.reduce((sum, p) => sum + p.payableFen, 0),
      refunds: day.refunds.length,
      refundedFen: day.refunds.reduce((sum, r) => sum + r.refundedFen, 0),
      handouts: day.handouts.length,
    },
  };
}
