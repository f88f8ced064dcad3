import { Text, View } from '@tarojs/components';
import { cycleSlots } from '../calendar';
import './CycleStrip.scss';

export interface CycleStripProps {
  streak: number;
  todayChecked: boolean;
  rules: { basePoints: number; cycleDays: number; bonuses: { day: number; points: number }[] };
}

/** The 7-day cycle: points of each day, bonus days highlighted, the days of this cycle already done. */
export function CycleStrip({ streak, todayChecked, rules }: CycleStripProps) {
  const slots = cycleSlots({ streak, todayChecked, rules });
  return (
    <View className="panel cycle-strip">
      <View className="panel__title">
        <Text>连签奖励</Text>
        <Text className="panel__hint">{rules.cycleDays} 天一轮，断签重新开始</Text>
      </View>
      <View className="cycle-strip__row">
        {slots.map((slot) => (
          <View
            key={slot.day}
            className={`cycle-slot${slot.bonus ? ' cycle-slot--bonus' : ''}${slot.done ? ' cycle-slot--done' : ''}${slot.current ? ' cycle-slot--current' : ''}`}
          >
            <View className="cycle-slot__box">
              {slot.bonus > 0 && <Text className="cycle-slot__gift">奖</Text>}
              <Text className="cycle-slot__points">{slot.done ? '✓' : `+${slot.points}`}</Text>
            </View>
            <Text className="cycle-slot__day">{slot.current && !slot.done ? '今天' : `第${slot.day}天`}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
