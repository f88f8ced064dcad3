import {
  restoredShares,
  WalletBook,
  type AccountBook,
  type Actor,
  type LedgerRef,
  type WalletPosting,
  type WalletTakes,
} from '@app/shared';
import type { PaidWith, PurchaseRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

export interface RestoredPayment {
  paidWith: PaidWith | null;
  walletPosting: WalletPosting | null;
  walletRestoredFen: number;
  pointsRestored: number;
}

/**
 * A refund gives back each way the purchase was paid in proportion to the refunded share of the payable (counted
 * cumulatively, so the last refund gives back exactly what remains): the wallet part into the lots it came from
 * (principal and bonus as taken), the points-as-cash part into its points lots — points whose lot has expired
 * meanwhile expire at once (AccountBook.restore). The rest goes back at the till as before.
 */
export async function restorePaidWith(
  input: {
    purchase: PurchaseRecord;
    refundFen: number;
    book: AccountBook;
    ref: LedgerRef;
    nowMs: number;
    by: Actor;
    newId: () => string;
  },
  deps: Pick<AppDeps, 'wallet' | 'pointsAccounts'>,
): Promise<RestoredPayment> {
  const { purchase } = input;
  const paid = purchase.paidWith;
  if (!paid) return { paidWith: null, walletPosting: null, walletRestoredFen: 0, pointsRestored: 0 };
  const refund = { refundedFenAfter: purchase.refundedFen + input.refundFen, payableFen: purchase.payableFen };

  const points = restoredShares(paid.pointsTakes, paid.pointsRestored, refund);
  const pointsRestored = Object.values(points).reduce((sum, n) => sum + n, 0);
  if (pointsRestored > 0) {
    input.book.restore(points, {
      type: 'refund',
      reasonCode: 'points-as-cash-refund',
      reason: '退款退回抵现积分',
      ref: input.ref,
    });
  }

  const part = (takes: WalletTakes, key: 'principalFen' | 'bonusFen') =>
    Object.fromEntries(Object.entries(takes).map(([lotId, share]) => [lotId, share[key]]));
  const principal = restoredShares(
    part(paid.walletTakes, 'principalFen'),
    part(paid.walletRestored, 'principalFen'),
    refund,
  );
  const bonus = restoredShares(part(paid.walletTakes, 'bonusFen'), part(paid.walletRestored, 'bonusFen'), refund);
  const shares: WalletTakes = {};
  for (const lotId of new Set([...Object.keys(principal), ...Object.keys(bonus)]))
    shares[lotId] = { principalFen: principal[lotId] ?? 0, bonusFen: bonus[lotId] ?? 0 };
  let walletPosting: WalletPosting | null = null;
  let walletRestoredFen = 0;
  if (Object.keys(shares).length > 0) {
    const lots = await deps.wallet.lots(purchase.memberId);
    const wallet = new WalletBook(lots, { nowMs: input.nowMs, by: input.by, newId: input.newId });
    const restored = wallet.restore(shares, lots, input.ref);
    walletRestoredFen = restored.principalFen + restored.bonusFen;
    walletPosting = wallet.posting();
  }

  const walletRestored = { ...paid.walletRestored };
  for (const [lotId, share] of Object.entries(shares)) {
    const before = walletRestored[lotId] ?? { principalFen: 0, bonusFen: 0 };
    walletRestored[lotId] = {
      principalFen: before.principalFen + share.principalFen,
      bonusFen: before.bonusFen + share.bonusFen,
    };
  }
  const pointsBack = { ...paid.pointsRestored };
  for (const [lotId, n] of Object.entries(points)) pointsBack[lotId] = (pointsBack[lotId] ?? 0) + n;
  return {
    paidWith: { ...paid, walletRestored, pointsRestored: pointsBack },
    walletPosting,
    walletRestoredFen,
    pointsRestored,
  };
}
