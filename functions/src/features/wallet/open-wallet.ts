import { heldWalletLots, WalletBook, type Actor } from '@app/shared';
import type { MemberRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/**
 * A wallet book on the member's lots with money left, for a payment or a top-up: the member item names them, so
 * nothing more is read — except for a wallet from before it did, whose lots are read.
 */
export async function openWallet(
  member: MemberRecord,
  context: { nowMs: number; by: Actor; newId: () => string },
  deps: Pick<AppDeps, 'wallet'>,
): Promise<WalletBook> {
  return new WalletBook(heldWalletLots(member) ?? (await deps.wallet.lots(member.memberId)), context);
}
