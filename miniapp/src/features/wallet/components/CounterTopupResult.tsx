import { Text, View } from '@tarojs/components';
import type { StoreTopupResponse } from '@app/shared';
import { formatFen } from '../../../lib/money';

/** 充值成功: what was collected, the bonus, and the member's wallet balance now. */
export function CounterTopupResult({ result, receiptNo }: { result: StoreTopupResponse; receiptNo: string }) {
  return (
    <View className="panel counter-topup-result">
      <View className="counter-topup-result__check">
        <Text>✓</Text>
      </View>
      <Text className="counter-topup-result__title">充值成功</Text>
      <Text className="counter-topup-result__receipt">小票 {receiptNo}</Text>
      <View className="counter-topup-result__lines">
        <View className="counter-topup-result__line">
          <Text>实收</Text>
          <Text className="counter-topup-result-pay">{formatFen(result.payFen)}</Text>
        </View>
        <View className="counter-topup-result__line">
          <Text>赠送</Text>
          <Text className="counter-topup-result-bonus">{result.bonusFen > 0 ? formatFen(result.bonusFen) : '无'}</Text>
        </View>
        <View className="counter-topup-result__line counter-topup-result__line--total">
          <Text>钱包余额</Text>
          <Text className="counter-topup-result-balance">{formatFen(result.balanceFen)}</Text>
        </View>
      </View>
    </View>
  );
}
