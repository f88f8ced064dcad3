import { Text, View } from '@tarojs/components';
import { WALLET_TABS, type WalletTab } from '../wallet-tabs';

/** 可使用 / 已使用 / 已过期 */
export function WalletTabs({ value, onChange }: { value: WalletTab; onChange: (tab: WalletTab) => void }) {
  return (
    <View className="wallet-tabs">
      {WALLET_TABS.map((tab) => (
        <View
          key={tab.key}
          className={`wallet-tabs__item coupons-tab-${tab.key}${tab.key === value ? ' wallet-tabs__item--active' : ''}`}
          onClick={() => tab.key !== value && onChange(tab.key)}
        >
          <Text>{tab.label}</Text>
        </View>
      ))}
    </View>
  );
}
