import { Text, View } from '@tarojs/components';
import type { Member360 } from '@app/shared';
import { formatDateZh } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { ENTRY_LABELS } from '../wallet-words';
import './console-wallet.scss';

/** 储值钱包 in the member 360: balance (principal / bonus), the lots that hold money, the latest movements. */
export function MemberWalletPanel({ wallet }: { wallet: Member360['wallet'] }) {
  return (
    <View className="panel member-wallet">
      <View className="panel__title">
        <Text>储值钱包</Text>
        <Text className="panel__hint">
          本金 {formatFen(wallet.principalFen)} · 赠送 {formatFen(wallet.bonusFen)}
        </Text>
      </View>
      <Text className="member-wallet__balance">{formatFen(wallet.balanceFen)}</Text>
      {wallet.lots.length > 0 && (
        <View className="member-wallet__lots">
          {wallet.lots.map((lot) => (
            <Text key={lot.lotId} className="admin-row__meta member-wallet-lot">
              {formatDateZh(lot.at)} 充值 · 剩余本金 {formatFen(lot.principalFen)}，赠送 {formatFen(lot.bonusFen)}
            </Text>
          ))}
        </View>
      )}
      {wallet.entries.length === 0 ? (
        <Text className="admin-row__meta member-wallet-empty">还没有充值或储值消费</Text>
      ) : (
        wallet.entries.map((entry) => {
          const moved = entry.principalFen + entry.bonusFen;
          return (
            <View key={entry.id} className="admin-row member-wallet-entry">
              <View className="admin-row__text">
                <Text className="admin-row__title">{ENTRY_LABELS[entry.type]}</Text>
                <Text className="admin-row__meta">
                  {formatDateZh(entry.at)} · 余额 {formatFen(entry.balanceAfterFen)}
                  {entry.bonusFen !== 0 ? ` · 含赠送 ${formatFen(Math.abs(entry.bonusFen))}` : ''}
                </Text>
              </View>
              <Text className={`admin-row__side member-wallet-entry__amount${moved < 0 ? ' is-out' : ''}`}>
                {moved > 0 ? '+' : ''}
                {formatFen(moved)}
              </Text>
            </View>
          );
        })
      )}
    </View>
  );
}
