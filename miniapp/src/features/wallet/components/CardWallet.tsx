import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useResource } from '../../../lib/use-resource';
import { formatFen } from '../../../lib/money';
import { openPage, routes } from '../../../lib/routes';
import { getWallet } from '../api/wallet';

/** The wallet on the card: the balance (a dash while it loads or if it cannot), a tap opens 我的钱包. Read again each time the card shows (after a top-up or a purchase). */
export function CardWallet() {
  // Loaded when the block mounts (after the card, so after the page's first show: WeChat does not show it again),
  // and again whenever the card shows later.
  const wallet = useResource(getWallet);
  useDidShow(() => void wallet.reload());
  const balance = wallet.data ? formatFen(wallet.data.balanceFen) : wallet.error ? '--' : '…';
  return (
    <View
      className="card-wallet card-open-wallet"
      hoverClass="card-shortcut--pressed"
      onClick={() => void openPage(routes.wallet)}
    >
      <View className="card-wallet__icon">
        <Text>储</Text>
      </View>
      <Text className="card-wallet__title">钱包余额</Text>
      <Text className="card-wallet__balance">{balance}</Text>
      <Text className="card-wallet__action">充值 ›</Text>
    </View>
  );
}
