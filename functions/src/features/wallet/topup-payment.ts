import { DomainError } from '@app/shared';
import type { PaymentOrderRecord, TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { creditTopupWrites } from './topup-credit';

/** The top-up as a kind of payment order (features/payments/kinds.ts): paid → credited; closed → closed. */
export const topupPayment = {
  prefix: 'TU',
  async fulfil(order: PaymentOrderRecord, paid: { nowMs: number }, deps: AppDeps): Promise<TxWrite[]> {
    const topup = await deps.topups.get(order.subjectId);
    if (!topup) throw new DomainError('NOT_FOUND', '充值记录不存在');
    const credited = await creditTopupWrites(
      topup,
      { nowMs: paid.nowMs, by: { kind: 'system', id: 'wechat-pay' }, expectedStatus: 'awaiting_payment' },
      deps,
    );
    return credited.writes;
  },
  async closed(order: PaymentOrderRecord, _nowMs: number, deps: AppDeps): Promise<TxWrite[]> {
    const topup = await deps.topups.get(order.subjectId);
    if (topup?.status !== 'awaiting_payment') return [];
    return [deps.topups.replaceWrite({ ...topup, status: 'closed' }, 'awaiting_payment')];
  },
};
