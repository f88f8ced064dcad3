import { Image, Text, View } from '@tarojs/components';
import type { LevelPageData } from '../api/levels';
import { levelTheme } from '../../../components/level-badge';
import { emblemDataUri } from '../../../components/level-badge/level-theme';
import { formatDateZh } from '../../../lib/format';

/** The level held, big, in its colours: the emblem, the name, since when and until when. */
export function LevelHero({ level }: { level: LevelPageData['levels']['level'] }) {
  const theme = levelTheme(level.code);
  return (
    <View
      className={`level-hero level-hero--rank-${theme.rank}`}
      style={{ background: theme.cardBackground, color: theme.cardColor }}
    >
      <View
        className={`level-page-badge level-page-badge--${level.code}`}
        style={{ background: theme.badgeBackground }}
      >
        <Image className="level-page-badge__emblem" src={emblemDataUri(theme)} mode="aspectFit" />
      </View>
      <Text className="level-hero__label">当前等级</Text>
      <Text className="level-hero__name level-page-name">{level.name}</Text>
      <Text className="level-hero__valid level-page-valid">
        {level.validUntil ? `有效期至 ${formatDateZh(level.validUntil)}` : '长期有效'}
      </Text>
      <Text className="level-hero__since">自 {formatDateZh(level.heldSince)} 起</Text>
    </View>
  );
}
