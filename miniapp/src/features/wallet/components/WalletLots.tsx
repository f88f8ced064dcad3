import { Text, View } from '@tarojs/components';
import type { WalletResponse } from '@app/shared';
import { EmptyState } from '../../../components/empty-state';
import { formatDateZh } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { lotSourceLabel } from '../wallet-words';

/** 资金批次: each top-up that still holds money, oldest first (spent first), with its principal and bonus. */
export function WalletLots({ lots }: { lots: WalletResponse['lots'] }) {
  if (lots.length === 0) return <EmptyState compact message="钱包里还没有钱" hint="充值后每一笔都会显示在这里" />;
  return (
    <View className="wallet-lots">
      <Text className="wallet-lots__intro">按充值时间先后使用，余额不会过期。</Text>
      {lots.map((lot) => (
        <View className="wallet-lot" key={lot.lotId}>
          <View className="wallet-lot__main">
            <Text className="wallet-lot__amount">{formatFen(lot.principalFen + lot.bonusFen)}</Text>
            <Text className="wallet-lot__split">
              本金 {formatFen(lot.principalFen)} · 赠送 {formatFen(lot.bonusFen)}
            </Text>
          </View>
          <Text className="wallet-lot__date">
            {lotSourceLabel(lot.source)}于 {formatDateZh(lot.at)}
          </Text>
        </View>
      ))}
    </View>
  );
}
