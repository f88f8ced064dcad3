import type { WalletEntryView } from '@app/shared';
import type { AppDeps } from '../../../composition';

/** Every movement of the member's wallet, newest first. */
export async function walletEntries(
  memberId: string,
  query: { limit: number; cursor?: string },
  deps: Pick<AppDeps, 'wallet'>,
): Promise<{ items: WalletEntryView[]; nextCursor: string | null }> {
  const page = await deps.wallet.entries(memberId, query);
  return {
    items: page.items.map((entry) => ({
      id: entry.entryId,
      type: entry.type,
      principalFen: entry.principalFen,
      bonusFen: entry.bonusFen,
      balanceAfterFen: entry.balanceAfterFen,
      ref: entry.ref,
      at: entry.at,
    })),
    nextCursor: page.nextCursor,
  };
}
