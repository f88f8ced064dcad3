import { Image, Text, View } from '@tarojs/components';
import { emblemDataUri, levelTheme } from './level-theme';
import './index.scss';

export interface LevelBadgeProps {
  code: string;
  name: string;
  size?: 'small' | 'medium';
}

/** A pill with the level's emblem and name, coloured by the level's rank (bronze, silver, gold…). */
export function LevelBadge({ code, name, size = 'medium' }: LevelBadgeProps) {
  const theme = levelTheme(code);
  return (
    <View
      className={`level-badge level-badge--${size} level-badge--rank-${theme.rank} level-badge--${code}`}
      style={{ background: theme.badgeBackground, color: theme.badgeColor }}
    >
      <Image className="level-badge__emblem" src={emblemDataUri(theme)} mode="aspectFit" />
      <Text className="level-badge__name">{name}</Text>
    </View>
  );
}

export { levelTheme, levelRank } from './level-theme';
