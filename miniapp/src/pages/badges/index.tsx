import { View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { getBadges } from '../../features/badges/api/badges';
import { BadgeWall } from '../../features/badges/components/BadgeWall';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 我的勋章: earned badges in colour with their dates, locked ones greyed with their progress. */
export default function BadgesPage() {
  useRoleGuard('member');
  const badges = usePageResource(getBadges);

  return (
    <View className="page badges-page">
      {badges.data ? (
        badges.data.length ? (
          <BadgeWall badges={badges.data} />
        ) : (
          <EmptyState message="还没有勋章" />
        )
      ) : badges.error ? (
        <ErrorState title="勋章加载失败" message={badges.error.message} onRetry={() => void badges.reload()} />
      ) : (
        <View>
          <Skeleton height={96} radius={18} />
          <View className="panel badges-skeleton">
            {[0, 1, 2, 3, 4, 5].map((i) => (
              <View key={i} className="badges-skeleton__cell">
                <Skeleton width={64} height={64} radius={32} />
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}
