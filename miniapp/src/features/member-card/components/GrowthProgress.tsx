import { Text, View } from '@tarojs/components';
import type { MeResponse } from '@app/shared';
import { levelTheme } from '../../../components/level-badge';
import { formatNumber } from '../../../lib/format';
import './GrowthProgress.scss';

/** Share (0..1) of the way to the next level's threshold, which is qualifying growth + what is still needed. */
export function growthShare(qualifying: number, growthNeeded: number): number {
  const target = qualifying + growthNeeded;
  if (target <= 0) return 1;
  return Math.min(1, Math.max(0, qualifying / target));
}

export function upgradeText(nextLevel: MeResponse['nextLevel']): string {
  if (!nextLevel) return '已是最高等级，感谢一路相伴';
  if (nextLevel.growthNeeded <= 0) return `即将升级为 ${nextLevel.name}`;
  return `再获得 ${formatNumber(nextLevel.growthNeeded)} 成长值升级为 ${nextLevel.name}`;
}

/** Progress towards the next level, from the server's numbers (the server decides levels). */
export function GrowthProgress({ me }: { me: Pick<MeResponse, 'level' | 'nextLevel' | 'growth'> }) {
  const { qualifying } = me.growth;
  const target = me.nextLevel ? qualifying + me.nextLevel.growthNeeded : null;
  const share = me.nextLevel ? growthShare(qualifying, me.nextLevel.growthNeeded) : 1;
  const accent = levelTheme(me.nextLevel?.code ?? me.level.code).accent;
  return (
    <View className="panel growth">
      <View className="panel__title">
        <Text>成长值</Text>
        <Text className="panel__hint">近12个月累计</Text>
      </View>
      <View className="growth__numbers">
        <Text className="growth__value">{formatNumber(qualifying)}</Text>
        {target !== null && <Text className="growth__target"> / {formatNumber(target)}</Text>}
      </View>
      <View className="growth__track">
        <View className="growth__bar" style={{ width: `${Math.round(share * 1000) / 10}%`, background: accent }} />
      </View>
      <Text className="growth__text growth-upgrade-text">{upgradeText(me.nextLevel)}</Text>
    </View>
  );
}
