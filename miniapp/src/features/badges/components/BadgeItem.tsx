import { Text, View } from '@tarojs/components';
import { formatDate } from '../../../lib/format';
import { badgeLook, badgeProgress } from '../badge-look';

export interface Badge {
  code: string;
  name: string;
  description: string;
  earnedAt: string | null;
  progress: { current: number; target: number } | null;
}

/** One medal: in colour with its date when earned, greyed with a progress bar (3/7) while locked. */
export function BadgeItem({ badge }: { badge: Badge }) {
  const earned = !!badge.earnedAt;
  const look = badgeLook(badge.code, badge.name);
  const progress = earned ? null : badgeProgress(badge.progress);
  return (
    <View className={`badge-item${earned ? ' badge-item--earned' : ' badge-item--locked'}`} data-code={badge.code}>
      <View
        className="badge-item__medal"
        style={earned ? { background: `linear-gradient(145deg, ${look.from}, ${look.to})` } : undefined}
      >
        <View className="badge-item__inner">
          <Text className={`badge-item__glyph${look.glyph.length > 1 ? ' badge-item__glyph--small' : ''}`}>
            {look.glyph}
          </Text>
        </View>
        {!earned && <Text className="badge-item__lock">未解锁</Text>}
      </View>
      <Text className="badge-item__name">{badge.name}</Text>
      <Text className="badge-item__desc">{badge.description}</Text>
      {earned ? (
        <Text className="badge-item__date">{formatDate(badge.earnedAt)} 获得</Text>
      ) : progress ? (
        <View className="badge-progress">
          <View className="badge-progress__track">
            <View className="badge-progress__fill" style={{ width: `${progress.percent}%` }} />
          </View>
          <Text className="badge-progress__text">{progress.text}</Text>
        </View>
      ) : (
        <Text className="badge-item__date">尚未获得</Text>
      )}
    </View>
  );
}
