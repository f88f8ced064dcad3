import type { TopupRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

export type LotRemaining = { principalFen: number; bonusFen: number } | null;

/**
 * What the lot of each paid top-up still holds (what a refund would return and forfeit now), one read of lots per
 * member on the page; null for a top-up without a lot (not paid, or refunded: its lot is empty).
 */
export async function lotsRemaining(
  topups: readonly TopupRecord[],
  deps: Pick<AppDeps, 'wallet'>,
): Promise<Map<string, LotRemaining>> {
  const paid = topups.filter((topup) => topup.status === 'paid' && topup.lotId);
  const memberIds = [...new Set(paid.map((topup) => topup.memberId))];
  const lots = new Map(
    await Promise.all(memberIds.map(async (memberId) => [memberId, await deps.wallet.lots(memberId)] as const)),
  );
  return new Map(
    topups.map((topup) => {
      const lot = topup.status === 'paid' ? lots.get(topup.memberId)?.find((one) => one.lotId === topup.lotId) : null;
      return [topup.topupId, lot ? { principalFen: lot.principalFen, bonusFen: lot.bonusFen } : null];
    }),
  );
}
