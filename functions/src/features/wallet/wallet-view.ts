import type { WalletEntryView, WalletLot, WalletResponse } from '@app/shared';
import type { MemberRecord, WalletEntryRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/** Balance, principal and bonus (from the member item) and the lots that still hold money, oldest first. */
export function walletViewOf(
  member: Pick<MemberRecord, 'walletPrincipalFen' | 'walletBonusFen'>,
  lots: readonly WalletLot[],
): WalletResponse {
  return {
    balanceFen: member.walletPrincipalFen + member.walletBonusFen,
    principalFen: member.walletPrincipalFen,
    bonusFen: member.walletBonusFen,
    lots: lots
      .filter((lot) => lot.principalFen + lot.bonusFen > 0)
      .sort((a, b) => (a.at < b.at ? -1 : 1))
      .map((lot) => ({
        lotId: lot.lotId,
        principalFen: lot.principalFen,
        bonusFen: lot.bonusFen,
        at: lot.at,
        source: lot.source,
      })),
  };
}

export const toWalletEntryView = (entry: WalletEntryRecord): WalletEntryView => ({
  id: entry.entryId,
  type: entry.type,
  principalFen: entry.principalFen,
  bonusFen: entry.bonusFen,
  balanceAfterFen: entry.balanceAfterFen,
  ref: entry.ref,
  at: entry.at,
});

/** The wallet block of the member 360: the member's wallet and its latest movements. */
export async function memberWalletBlock(
  member: Pick<MemberRecord, 'memberId' | 'walletPrincipalFen' | 'walletBonusFen'>,
  recent: number,
  deps: Pick<AppDeps, 'wallet'>,
) {
  const [lots, entries] = await Promise.all([
    deps.wallet.lots(member.memberId),
    deps.wallet.entries(member.memberId, { limit: recent }),
  ]);
  return { ...walletViewOf(member, lots), entries: entries.items.map(toWalletEntryView) };
}
