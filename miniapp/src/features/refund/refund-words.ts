import type { ApiError } from '../../lib/api-error';
import { formatNumber } from '../../lib/format';
import { formatFen } from '../../lib/money';

/** What a refund error means at the counter. */
export function refundErrorMessage(error: ApiError): string {
  switch (error.code) {
    case 'ALREADY_REFUNDED':
      return '这笔消费已经全部退款了';
    case 'REFUND_EXCEEDS_PAID': {
      const refundable = typeof error.details?.refundableFen === 'number' ? error.details.refundableFen : null;
      return refundable !== null ? `退款金额超过可退金额，最多可退 ${formatFen(refundable)}` : error.message;
    }
    case 'FORBIDDEN':
      return '只能为本店的消费办理退款';
    case 'NETWORK':
      return '网络不太好，没有收到结果，请点击重试（不会重复退款）';
    default:
      return error.message;
  }
}

/** "会员积分不足，产生积分欠款 120，会员下次消费获得的积分将先抵扣欠款" */
export const debtCreatedText = (debt: number): string =>
  `会员积分不足以扣回，产生积分欠款 ${formatNumber(debt)}，下次消费获得的积分将先抵扣欠款`;
