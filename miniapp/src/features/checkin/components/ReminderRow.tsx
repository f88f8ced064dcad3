import { Text, View } from '@tarojs/components';
import './ReminderRow.scss';

export interface ReminderRowProps {
  on: boolean;
  pending: boolean;
  onToggle: () => void;
}

/** 签到提醒: a switch drawn the same in WeChat and H5. */
export function ReminderRow({ on, pending, onToggle }: ReminderRowProps) {
  return (
    <View className="panel reminder-row checkin-reminder" onClick={onToggle}>
      <View className="reminder-row__text">
        <Text className="reminder-row__title">签到提醒</Text>
        <Text className="reminder-row__hint">
          {on ? '已开启，忘记签到时通过服务通知提醒你' : '开启后，忘记签到时通过服务通知提醒你'}
        </Text>
      </View>
      <View className={`toggle${on ? ' toggle--on checkin-reminder--on' : ''}${pending ? ' toggle--pending' : ''}`}>
        <View className="toggle__knob" />
      </View>
    </View>
  );
}
