import { DomainError, type WalletResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { walletViewOf } from '../wallet-view';

/** The member's wallet: balance, principal and bonus, and the lots that still hold money (oldest first). */
export async function myWallet(memberId: string, deps: Pick<AppDeps, 'members' | 'wallet'>): Promise<WalletResponse> {
  const [member, lots] = await Promise.all([deps.members.getById(memberId), deps.wallet.lots(memberId)]);
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
  return walletViewOf(member, lots);
}
