import { Text, View } from '@tarojs/components';
import { type CalendarCell, WEEKDAYS, buildCalendar, formatMonth, shiftMonth } from '../calendar';
import './CheckinCalendar.scss';

export interface CheckinCalendarProps {
  month: string;
  today: string;
  days: readonly string[];
  joinedOn: string | null;
  makeupsLeft: number;
  /** Earliest month the switcher goes back to (the joining month), if known. */
  minMonth: string | null;
  loading?: boolean;
  onMonth: (month: string) => void;
  onMakeup: (cell: CalendarCell) => void;
}

/** The month grid: checked days ticked, today ringed, missed days of this month tappable for 补签. */
export function CheckinCalendar({
  month,
  today,
  days,
  joinedOn,
  makeupsLeft,
  minMonth,
  loading,
  onMonth,
  onMakeup,
}: CheckinCalendarProps) {
  const grid = buildCalendar({ month, today, checked: days, joinedOn });
  const canPrev = !minMonth || month > minMonth;
  const canNext = month < today.slice(0, 7);
  const isCurrent = month === today.slice(0, 7);
  const checkedCount = grid.cells.filter((cell) => cell.state === 'checked').length;

  return (
    <View className={`panel checkin-calendar${loading ? ' checkin-calendar--loading' : ''}`}>
      <View className="checkin-calendar__head">
        <View
          className={`checkin-calendar__nav checkin-month-prev${canPrev ? '' : ' checkin-calendar__nav--off'}`}
          onClick={() => canPrev && onMonth(shiftMonth(month, -1))}
        >
          <Text>‹</Text>
        </View>
        <View className="checkin-calendar__title">
          <Text className="checkin-month">{formatMonth(month)}</Text>
          <Text className="checkin-calendar__count">本月已签 {checkedCount} 天</Text>
        </View>
        <View
          className={`checkin-calendar__nav checkin-month-next${canNext ? '' : ' checkin-calendar__nav--off'}`}
          onClick={() => canNext && onMonth(shiftMonth(month, 1))}
        >
          <Text>›</Text>
        </View>
      </View>

      <View className="checkin-calendar__grid">
        {WEEKDAYS.map((weekday) => (
          <View key={weekday} className="checkin-calendar__weekday">
            <Text>{weekday}</Text>
          </View>
        ))}
        {Array.from({ length: grid.offset }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blanks before the 1st have no identity but their place
          <View key={`blank-${i}`} className="checkin-calendar__blank" />
        ))}
        {grid.cells.map((cell) => (
          <View
            key={cell.date}
            className={`checkin-day checkin-day--${cell.state}${cell.isToday ? ' checkin-day--today' : ''}${cell.canMakeup ? ' checkin-day--makeup' : ''}`}
            data-date={cell.date}
            onClick={() => cell.canMakeup && onMakeup(cell)}
          >
            <View className="checkin-day__circle">
              {cell.state === 'checked' ? (
                <Text className="checkin-day__tick">✓</Text>
              ) : (
                <Text className="checkin-day__num">{cell.day}</Text>
              )}
            </View>
            <Text className="checkin-day__note">
              {cell.isToday ? '今天' : cell.canMakeup ? '补签' : cell.state === 'checked' ? `${cell.day}` : ''}
            </Text>
          </View>
        ))}
      </View>

      <View className="checkin-calendar__legend">
        <View className="checkin-calendar__key">
          <View className="checkin-calendar__dot checkin-calendar__dot--checked" />
          <Text>已签到</Text>
        </View>
        <View className="checkin-calendar__key">
          <View className="checkin-calendar__dot checkin-calendar__dot--missed" />
          <Text>可补签</Text>
        </View>
        {isCurrent && <Text className="checkin-makeups-left">本月还可补签 {makeupsLeft} 次</Text>}
      </View>
    </View>
  );
}
