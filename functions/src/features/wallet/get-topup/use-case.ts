import { DomainError, type TopupView } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { toTopupView } from '../views';

/**
 * A member's own top-up, polled after paying. While it still awaits payment the order is asked of WeChat Pay once
 * (a late notification must not keep the member waiting): paid there → credited here, once (settle.ts).
 */
export async function getTopup(
  topupId: string,
  memberId: string,
  deps: Pick<AppDeps, 'topups' | 'members'> & { settle: (outTradeNo: string) => Promise<unknown> },
): Promise<TopupView> {
  let topup = await deps.topups.get(topupId);
  if (!topup || topup.memberId !== memberId) throw new DomainError('NOT_FOUND', '充值记录不存在');
  if (topup.status === 'awaiting_payment') {
    await deps.settle(topupId);
    topup = (await deps.topups.get(topupId)) ?? topup;
  }
  const member = topup.status === 'paid' ? await deps.members.getById(memberId) : undefined;
  return toTopupView(topup, member ? member.walletPrincipalFen + member.walletBonusFen : null);
}
