import { Text, View } from '@tarojs/components';

export interface CheckinRulesProps {
  rules: { basePoints: number; cycleDays: number; bonuses: { day: number; points: number }[]; makeupCost: number };
}

/** 签到规则 in words, from the server's rules. */
export function CheckinRules({ rules }: CheckinRulesProps) {
  const bonuses = rules.bonuses.map((bonus) => `第 ${bonus.day} 天额外得 ${bonus.points} 积分`).join('，');
  return (
    <View className="panel checkin-rules">
      <View className="panel__title">签到规则</View>
      <Text className="checkin-rules__line">· 每天签到得 {rules.basePoints} 积分和 1 成长值，每天限签一次</Text>
      {bonuses && (
        <Text className="checkin-rules__line">
          · 连续签到 {rules.cycleDays} 天为一轮：{bonuses}
        </Text>
      )}
      <Text className="checkin-rules__line">
        · 漏签当月的日子可补签，每月最多 2 次，每次消耗 {rules.makeupCost} 积分，只得基础积分
      </Text>
      <Text className="checkin-rules__line">· 中断一天连签重新计算，补签可以接上</Text>
    </View>
  );
}
