import type { TopupView, WalletEntryView } from '@app/shared';
import { formatFen } from '../../lib/money';

/** A wallet movement in the member's words. */
export const ENTRY_LABELS: Record<WalletEntryView['type'], string> = {
  topup: '充值',
  pay: '消费支付',
  refund: '消费退款退回',
  topup_refund: '充值退款',
};

/** Where a lot came from (`topup:<id>` for every lot today): online or at the counter is not kept on the lot. */
export const lotSourceLabel = (source: string) => (source.startsWith('topup:') ? '充值' : '其他');

/** What the result screen says: 到账了 / 还在确认 / 已关闭 / 已取消, and the failure of the payment step itself. */
export type TopupOutcome =
  | { kind: 'paid'; topup: TopupView }
  | { kind: 'confirming'; topupId: string }
  | { kind: 'closed' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export function outcomeWords(outcome: TopupOutcome): { title: string; message: string } {
  switch (outcome.kind) {
    case 'paid': {
      const { payFen, bonusFen, balanceFen, giftPoints } = outcome.topup;
      const gifts = [bonusFen > 0 ? `赠送 ${formatFen(bonusFen)}` : '', giftPoints > 0 ? `${giftPoints} 积分` : '']
        .filter(Boolean)
        .join('、');
      const balance = balanceFen === null ? '' : `，钱包余额 ${formatFen(balanceFen)}`;
      return { title: '到账了', message: `充值 ${formatFen(payFen)}${gifts ? `，${gifts}` : ''} 已存入钱包${balance}` };
    }
    case 'confirming':
      return {
        title: '还在确认',
        message: '如果你已在微信完成付款，通常几秒内到账；稍后可在我的钱包查看，不会重复扣款。',
      };
    case 'closed':
      return { title: '已关闭', message: '这笔充值没有完成付款，已关闭，不会扣款。需要的话可以重新充值。' };
    case 'cancelled':
      return { title: '已取消', message: '你取消了付款，钱包余额没有变化。' };
    case 'failed':
      return { title: '没有充值成功', message: outcome.message };
  }
}
