import type { WalletEntryView } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { toWalletEntryView } from '../wallet-view';

/** Every movement of the member's wallet, newest first. */
export async function walletEntries(
  memberId: string,
  query: { limit: number; cursor?: string },
  deps: Pick<AppDeps, 'wallet'>,
): Promise<{ items: WalletEntryView[]; nextCursor: string | null }> {
  const page = await deps.wallet.entries(memberId, query);
  return { items: page.items.map(toWalletEntryView), nextCursor: page.nextCursor };
}
