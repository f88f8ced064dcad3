import { Text, View } from '@tarojs/components';
import type { RefundResponse } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { debtCreatedText } from '../refund-words';

/** 退款成功: the amount, what was taken back, a debt if the points were already spent, a reverted upgrade. */
export function RefundResult({
  result,
  purchase,
}: {
  result: RefundResponse;
  /** The purchase refunded, as it was found (receipt number, member). */
  purchase?: { receiptNo: string; nickname: string; memberNo: string } | null;
}) {
  return (
    <View className="panel refund-result">
      <View className="refund-result__check">
        <Text>✓</Text>
      </View>
      <Text className="refund-result__title">退款成功</Text>
      <Text className="refund-result__amount refund-result-amount">{formatFen(result.refundedFen)}</Text>
      {purchase && (
        <Text className="refund-result__receipt">
          小票 {purchase.receiptNo} · {purchase.nickname}（{purchase.memberNo}）
        </Text>
      )}
      <View className="refund-result__grid">
        <View className="refund-result__cell">
          <Text className="refund-result__label">扣回积分</Text>
          <Text className="refund-result__value refund-result-points">-{formatNumber(result.pointsReversed)}</Text>
        </View>
        <View className="refund-result__cell">
          <Text className="refund-result__label">扣回成长值</Text>
          <Text className="refund-result__value refund-result-growth">-{formatNumber(result.growthReversed)}</Text>
        </View>
      </View>
      {(result.walletRestoredFen > 0 || result.pointsRestored > 0) && (
        <Text className="refund-result__note refund-restored">
          {[
            result.walletRestoredFen > 0 ? `退回会员钱包 ${formatFen(result.walletRestoredFen)}` : '',
            result.pointsRestored > 0 ? `退回抵现积分 ${formatNumber(result.pointsRestored)}` : '',
          ]
            .filter(Boolean)
            .join('，')}
          ；其余在收银台退还现金
        </Text>
      )}
      {result.debtCreated > 0 && (
        <Text className="refund-result__note refund-result__note--debt refund-debt">
          {debtCreatedText(result.debtCreated)}
        </Text>
      )}
      {result.levelChange && (
        <Text className="refund-result__note refund-level-change">
          会员等级由{result.levelChange.fromName}调整为{result.levelChange.toName}
          （近期升级已撤销，升级礼遇一并收回）
        </Text>
      )}
      {result.couponsRestored.length > 0 && (
        <Text className="refund-result__note">已退回 {result.couponsRestored.length} 张优惠券</Text>
      )}
    </View>
  );
}
