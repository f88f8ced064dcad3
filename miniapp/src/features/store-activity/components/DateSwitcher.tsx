import { Text, View } from '@tarojs/components';
import { formatDayLabel } from '../../../lib/format';

/** ‹ 11月22日 周日 › — the next-day arrow stops at today. */
export function DateSwitcher({
  date,
  isToday,
  onPrevious,
  onNext,
}: {
  date: string;
  isToday: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <View className="date-switcher">
      <View className="date-switcher__arrow activity-prev" hoverClass="btn--pressed" onClick={onPrevious}>
        <Text>‹ 前一天</Text>
      </View>
      <View className="date-switcher__day">
        <Text className="date-switcher__label activity-date">{formatDayLabel(date)}</Text>
        {isToday && <Text className="date-switcher__today">今天</Text>}
      </View>
      <View
        className={`date-switcher__arrow activity-next${isToday ? ' date-switcher__arrow--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={() => !isToday && onNext()}
      >
        <Text>后一天 ›</Text>
      </View>
    </View>
  );
}
