import { Button, Text, View } from '@tarojs/components';
import type { WalletResponse } from '@app/shared';
import { formatFen } from '../../../lib/money';

/** The balance, what of it is principal (paid in) and bonus (送), and the way to 充值. */
export function WalletSummary({ wallet, onTopup }: { wallet: WalletResponse; onTopup: () => void }) {
  return (
    <View className="wallet-summary">
      <Text className="wallet-summary__label">钱包余额（元）</Text>
      <Text className="wallet-summary__balance">{formatFen(wallet.balanceFen).replace('¥', '')}</Text>
      <View className="wallet-summary__split">
        <Text>本金 {formatFen(wallet.principalFen)}</Text>
        <Text>赠送 {formatFen(wallet.bonusFen)}</Text>
      </View>
      <Text className="wallet-summary__hint">到店消费时出示会员码即可用余额支付，本金和赠送按比例扣除。</Text>
      <Button className="wallet-summary__topup" onClick={onTopup}>
        充值
      </Button>
    </View>
  );
}
