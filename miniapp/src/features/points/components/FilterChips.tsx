import { Text, View } from '@tarojs/components';
import { POINTS_FILTERS, type PointsFilterKey } from '../points-words';

/** 全部 / 获得 / 使用 / 过期 */
export function FilterChips({ value, onChange }: { value: PointsFilterKey; onChange: (key: PointsFilterKey) => void }) {
  return (
    <View className="points-chips">
      {POINTS_FILTERS.map((filter) => (
        <View
          key={filter.key}
          className={`points-chip points-chip--${filter.key}${filter.key === value ? ' points-chip--active' : ''}`}
          onClick={() => filter.key !== value && onChange(filter.key)}
        >
          <Text>{filter.label}</Text>
        </View>
      ))}
    </View>
  );
}
