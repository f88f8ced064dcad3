import { Text, View } from '@tarojs/components';
import type { MeResponse } from '@app/shared';
import { formatNumber } from '../../../lib/format';

/**
 * 等级怎么升, in plain words. The only threshold the member's data carries is the next level's:
 * qualifying growth + growth still needed.
 */
export function LevelRules({ me }: { me: Pick<MeResponse, 'level' | 'nextLevel' | 'growth'> }) {
  const { nextLevel } = me;
  const target = nextLevel ? me.growth.qualifying + nextLevel.growthNeeded : null;
  const items: { title: string; text: string }[] = [
    { title: '成长值', text: '在门店消费、每日签到、完成任务都能获得成长值；退款时会扣回相应的成长值。' },
    {
      title: '近12个月滚动计算',
      text: '等级按近 12 个月（本月和之前 11 个月）累计的成长值评定；每到新的月份，最早一个月的成长值不再计入。',
    },
    nextLevel && target !== null
      ? {
          title: `升级为${nextLevel.name}`,
          text:
            nextLevel.growthNeeded > 0
              ? `近 12 个月成长值达到 ${formatNumber(target)} 即立即升级为${nextLevel.name}，现在还差 ${formatNumber(nextLevel.growthNeeded)}。成长值足够时可以跨级升级，升级即送升级礼遇。`
              : `近 12 个月成长值已达到 ${formatNumber(target)}，即将升级为${nextLevel.name}。`,
        }
      : { title: '最高等级', text: `您已是${me.level.name}，继续消费即可保持等级。` },
    {
      title: '12个月保级',
      text: '升级后新等级至少保留 12 个月。到期后每月 1 日复核：近 12 个月成长值仍达到本等级标准就续期 12 个月，未达到则降一级。普通会员长期有效，不会降级。',
    },
    { title: '退款与升级', text: '升级后 30 天内发生退款、成长值不再达标时，这次升级和升级礼遇会被撤销。' },
  ];
  return (
    <View className="panel level-rules">
      <View className="panel__title">
        <Text>等级怎么升</Text>
      </View>
      {items.map((item, index) => (
        <View className="level-rules__item" key={item.title}>
          <Text className="level-rules__index">{index + 1}</Text>
          <View className="level-rules__text">
            <Text className="level-rules__title">{item.title}</Text>
            <Text className="level-rules__body">{item.text}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
