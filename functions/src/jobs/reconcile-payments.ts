import type { AppDeps } from '../composition';
import { reconcileOrder } from '../features/payments/settle';
import { runPool } from './run-pool';

/**
 * Payment orders still awaiting payment: asked of WeChat Pay (a notification may be late or lost), fulfilled when
 * paid, closed after 2 h unpaid. Idempotent: each order settles once, and a settled order leaves the index.
 * Orders younger than a minute are left to their notification.
 */
export async function reconcilePayments(nowMs: number, deps: AppDeps): Promise<Record<string, number>> {
  const outTradeNos = await deps.payments.awaitingSince(new Date(nowMs - 60_000).toISOString());
  const counts: Record<string, number> = { checked: outTradeNos.length, fulfilled: 0, closed: 0, awaiting: 0 };
  await runPool(outTradeNos, 4, async (outTradeNo) => {
    const settled = await reconcileOrder(outTradeNo, nowMs, deps);
    counts[settled] = (counts[settled] ?? 0) + 1;
    return true;
  });
  return counts;
}
