import { Text, View } from '@tarojs/components';
import { type Badge, BadgeItem } from './BadgeItem';
import './BadgeWall.scss';

/** 勋章墙: the count, then earned badges first (newest first), then the locked ones. */
export function BadgeWall({ badges }: { badges: Badge[] }) {
  const earned = badges
    .filter((badge) => badge.earnedAt)
    .sort((a, b) => (b.earnedAt ?? '').localeCompare(a.earnedAt ?? ''));
  const locked = badges.filter((badge) => !badge.earnedAt);
  return (
    <>
      <View className="badge-summary">
        <Text className="badge-summary__count badges-earned-count">
          {earned.length}
          <Text className="badge-summary__of"> / {badges.length}</Text>
        </Text>
        <Text className="badge-summary__label">已点亮勋章</Text>
      </View>
      <View className="panel badge-wall">
        {[...earned, ...locked].map((badge) => (
          <BadgeItem key={badge.code} badge={badge} />
        ))}
      </View>
    </>
  );
}
