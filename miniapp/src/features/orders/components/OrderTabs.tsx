import { Text, View } from '@tarojs/components';
import { ORDER_TABS, type OrderTabKey } from '../order-words';

/** 全部 / 待领取 / 已完成 / 已取消 */
export function OrderTabs({ value, onChange }: { value: OrderTabKey; onChange: (key: OrderTabKey) => void }) {
  return (
    <View className="order-tabs">
      {ORDER_TABS.map((tab) => (
        <View
          key={tab.key}
          className={`order-tabs__item orders-tab-${tab.key}${tab.key === value ? ' order-tabs__item--active' : ''}`}
          onClick={() => tab.key !== value && onChange(tab.key)}
        >
          <Text>{tab.label}</Text>
        </View>
      ))}
    </View>
  );
}
