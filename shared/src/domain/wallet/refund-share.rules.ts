/**
 * How much of one part a purchase took (wallet principal or bonus of a lot, points of a lot, points as cash) a
 * refund restores: refunds restore in proportion to the refunded share of the payable, counted cumulatively, so
 * rounding never drifts and the refund that completes the purchase restores exactly what remains.
 */
export function restoredShare(input: {
  taken: number;
  restoredBefore: number;
  refundedFenAfter: number;
  payableFen: number;
}): number {
  const { taken, restoredBefore, refundedFenAfter, payableFen } = input;
  const target =
    payableFen <= 0 || refundedFenAfter >= payableFen ? taken : Math.floor((taken * refundedFenAfter) / payableFen);
  return Math.max(0, target - restoredBefore);
}

/** restoredShare for each key of a record of parts (lotId → amount). */
export function restoredShares(
  taken: Readonly<Record<string, number>>,
  restoredBefore: Readonly<Record<string, number>>,
  refund: { refundedFenAfter: number; payableFen: number },
): Record<string, number> {
  const shares: Record<string, number> = {};
  for (const [key, amount] of Object.entries(taken)) {
    const share = restoredShare({ taken: amount, restoredBefore: restoredBefore[key] ?? 0, ...refund });
    if (share > 0) shares[key] = share;
  }
  return shares;
}
