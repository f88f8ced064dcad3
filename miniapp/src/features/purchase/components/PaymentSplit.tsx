import { Text, View } from '@tarojs/components';
import { formatFen } from '../../../lib/money';
import './payment-choice.scss';

export interface PaymentSplitProps {
  walletFen: number;
  walletBonusFen?: number;
  pointsUsed: number;
  pointsCashFen: number;
  cashFen: number;
  /** 还需收现金 on the preview, 现金 on the result. */
  cashLabel: string;
}

/** Where the payable comes from: the wallet (its bonus part named), points as cash, and the cash at the till. */
export function PaymentSplit(props: PaymentSplitProps) {
  const { walletFen, walletBonusFen = 0, pointsUsed, pointsCashFen, cashFen, cashLabel } = props;
  return (
    <View className="payment-split">
      {walletFen > 0 && (
        <View className="payment-split__line payment-split-wallet">
          <Text className="payment-split__label">
            钱包支付
            {walletBonusFen > 0 && <Text className="payment-split__sub">（含赠送 {formatFen(walletBonusFen)}）</Text>}
          </Text>
          <Text className="payment-split__value">{formatFen(walletFen)}</Text>
        </View>
      )}
      {pointsUsed > 0 && (
        <View className="payment-split__line payment-split-points">
          <Text className="payment-split__label">
            积分抵现<Text className="payment-split__sub">（{pointsUsed} 积分）</Text>
          </Text>
          <Text className="payment-split__value">{formatFen(pointsCashFen)}</Text>
        </View>
      )}
      <View className="payment-split__line payment-split__line--cash payment-split-cash">
        <Text className="payment-split__label">{cashLabel}</Text>
        <Text className="payment-split__cash">{formatFen(cashFen)}</Text>
      </View>
    </View>
  );
}
