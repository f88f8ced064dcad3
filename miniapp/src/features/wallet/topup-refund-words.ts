import type { z } from 'zod';
import type { adminTopupView } from '@app/shared';
import { formatFen } from '../../lib/money';

export type AdminTopup = z.infer<typeof adminTopupView>;

export const CHANNEL_LABELS: Record<AdminTopup['channel'], string> = { wechat: '微信支付', counter: '门店收银' };

/** What a refund of this top-up does now, in the marketer's words (the second confirmation). */
export function refundTerms(topup: AdminTopup): string {
  const left = topup.remaining ?? { principalFen: 0, bonusFen: 0 };
  const how = topup.channel === 'wechat' ? '原路退回微信支付' : '请在收银台退还现金';
  const parts = [
    `退回剩余本金 ${formatFen(left.principalFen)}（${how}）`,
    `作废剩余赠送 ${formatFen(left.bonusFen)}`,
    ...(topup.giftPoints > 0 ? [`扣回赠送的 ${topup.giftPoints} 积分`] : []),
  ];
  return `${parts.join('，')}。已消费的部分不退。`;
}

/** What a done refund returned and forfeited. */
export const refundDone = (topup: AdminTopup): string =>
  topup.refund
    ? `已退款：退回本金 ${formatFen(topup.refund.principalFen)}，作废赠送 ${formatFen(topup.refund.forfeitedBonusFen)}（${topup.refund.reason}）`
    : '';
