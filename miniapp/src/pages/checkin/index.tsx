import { View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { CheckinCalendar } from '../../features/checkin/components/CheckinCalendar';
import { CheckinHero } from '../../features/checkin/components/CheckinHero';
import { CheckinRules } from '../../features/checkin/components/CheckinRules';
import { CheckinSkeleton } from '../../features/checkin/components/CheckinSkeleton';
import { CycleStrip } from '../../features/checkin/components/CycleStrip';
import { ReminderRow } from '../../features/checkin/components/ReminderRow';
import { useCheckin } from '../../features/checkin/hooks/use-checkin';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 签到 tab: today's check-in with its points, streak and next bonus, the 7-day cycle, the month calendar with 补签. */
export default function CheckinPage() {
  useRoleGuard('member');
  const {
    calendar,
    joinedOn,
    minMonth,
    pending,
    burst,
    message,
    reminderOn,
    reload,
    showMonth,
    checkIn,
    makeup,
    toggleReminder,
  } = useCheckin();
  const data = calendar.data;

  if (!data) {
    return (
      <View className="page checkin-page">
        {calendar.error ? (
          <ErrorState title="签到加载失败" message={calendar.error.message} onRetry={() => void reload()} />
        ) : (
          <CheckinSkeleton />
        )}
      </View>
    );
  }

  return (
    <View className="page checkin-page">
      <CheckinHero
        streak={data.streak}
        todayChecked={data.todayChecked}
        basePoints={data.rules.basePoints}
        nextBonus={data.nextBonus}
        pending={pending === 'checkin'}
        burst={burst}
        message={message}
        onCheckIn={() => void checkIn()}
      />
      <CycleStrip streak={data.streak} todayChecked={data.todayChecked} rules={data.rules} />
      <CheckinCalendar
        month={data.month}
        today={data.today}
        days={data.days}
        joinedOn={joinedOn}
        makeupsLeft={data.makeupsLeft}
        minMonth={minMonth}
        loading={calendar.loading}
        onMonth={showMonth}
        onMakeup={(cell) => void makeup(cell)}
      />
      <ReminderRow on={reminderOn} pending={pending === 'reminder'} onToggle={() => void toggleReminder()} />
      <CheckinRules rules={data.rules} />
    </View>
  );
}
