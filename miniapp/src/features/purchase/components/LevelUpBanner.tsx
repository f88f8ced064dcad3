import { Image, Text, View } from '@tarojs/components';
import { levelTheme } from '../../../components/level-badge';
import { emblemDataUri } from '../../../components/level-badge/level-theme';
import { formatNumber } from '../../../lib/format';

/** "恭喜升级为 银卡会员，赠送 100 积分" */
export function levelUpText(levelName: string, giftPoints: number): string {
  return giftPoints > 0 ? `恭喜升级为 ${levelName}，赠送 ${formatNumber(giftPoints)} 积分` : `恭喜升级为 ${levelName}`;
}

/** The banner after a purchase that lifted the member to a higher level, in the new level's colours. */
export function LevelUpBanner({
  levelCode,
  levelName,
  giftPoints,
}: {
  levelCode: string;
  levelName: string;
  giftPoints: number;
}) {
  const theme = levelTheme(levelCode);
  return (
    <View className="purchase-levelup" style={{ background: theme.cardBackground, color: theme.cardColor }}>
      <View className="purchase-levelup__emblem" style={{ background: theme.badgeBackground }}>
        <Image className="purchase-levelup__emblem-img" src={emblemDataUri(theme)} mode="aspectFit" />
      </View>
      <View className="purchase-levelup__text">
        <Text className="purchase-levelup__title">{levelUpText(levelName, giftPoints)}</Text>
        <Text className="purchase-levelup__hint">请告知顾客，新等级的折扣和积分倍数从下一单起生效</Text>
      </View>
    </View>
  );
}
