import { DomainError, type WalletResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';

/** The member's wallet: balance, principal and bonus, and the lots that still hold money (oldest first). */
export async function myWallet(memberId: string, deps: Pick<AppDeps, 'members' | 'wallet'>): Promise<WalletResponse> {
  const [member, lots] = await Promise.all([deps.members.getById(memberId), deps.wallet.lots(memberId)]);
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
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
