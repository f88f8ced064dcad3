import { Text, View } from '@tarojs/components';
import type { PointsBurst } from '../hooks/use-checkin';
import { nextBonusText } from '../calendar';
import './CheckinHero.scss';

export interface CheckinHeroProps {
  streak: number;
  todayChecked: boolean;
  basePoints: number;
  nextBonus: { inDays: number; points: number } | null;
  pending: boolean;
  burst: PointsBurst | null;
  message: string | null;
  onCheckIn: () => void;
}

/** The top of the 签到 page: streak, next bonus, the big round button (or 今日已签到) and the "+15" burst. */
export function CheckinHero({
  streak,
  todayChecked,
  basePoints,
  nextBonus,
  pending,
  burst,
  message,
  onCheckIn,
}: CheckinHeroProps) {
  const bonusText = nextBonusText(nextBonus, todayChecked);
  return (
    <View className="checkin-hero">
      <View className="checkin-hero__glow" />
      <Text className="checkin-streak">
        已连续签到 <Text className="checkin-streak__count">{streak}</Text> 天
      </Text>
      {bonusText ? (
        <Text className="checkin-next-bonus">{bonusText}</Text>
      ) : (
        <Text className="checkin-hero__sub">每天签到都有积分</Text>
      )}

      <View className="checkin-hero__stage">
        {todayChecked ? (
          <View
            className="checkin-hero__button checkin-done"
            hoverClass="checkin-hero__button--pressed"
            onClick={onCheckIn}
          >
            <Text className="checkin-hero__tick">✓</Text>
            <Text className="checkin-hero__label checkin-hero__label--small">今日已签到</Text>
          </View>
        ) : (
          <View
            className={`checkin-hero__button checkin-hero__button--active checkin-button${pending ? ' checkin-hero__button--pending' : ''}`}
            hoverClass="checkin-hero__button--pressed"
            onClick={onCheckIn}
          >
            <Text className="checkin-hero__label">{pending ? '签到中' : '签到'}</Text>
            <Text className="checkin-hero__reward">+{basePoints} 积分</Text>
          </View>
        )}
        {burst && (
          <View key={burst.key} className="checkin-points-anim">
            <Text className="checkin-points-anim__value">+{burst.points}</Text>
            <Text className="checkin-points-anim__unit">积分</Text>
          </View>
        )}
      </View>

      {burst && burst.taskPoints > 0 && (
        <Text className="checkin-hero__task">完成任务「首次签到」，另得 {burst.taskPoints} 积分</Text>
      )}
      {message && <Text className="checkin-message">{message}</Text>}
    </View>
  );
}
