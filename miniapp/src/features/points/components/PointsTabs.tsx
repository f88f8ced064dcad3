import { Text, View } from '@tarojs/components';
import type { PointsTab } from '../hooks/use-points-page';

const TABS: { key: PointsTab; label: string }[] = [
  { key: 'history', label: '积分明细' },
  { key: 'lots', label: '有效期' },
];

/** 积分明细 | 有效期 */
export function PointsTabs({ value, onChange }: { value: PointsTab; onChange: (tab: PointsTab) => void }) {
  return (
    <View className="points-tabs">
      {TABS.map((tab) => (
        <View
          key={tab.key}
          className={`points-tabs__item points-tab-${tab.key}${tab.key === value ? ' points-tabs__item--active' : ''}`}
          onClick={() => onChange(tab.key)}
        >
          <Text>{tab.label}</Text>
        </View>
      ))}
    </View>
  );
}
