import { View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { GrowthBars } from '../../features/levels/components/GrowthBars';
import { LevelHero } from '../../features/levels/components/LevelHero';
import { LevelHistory } from '../../features/levels/components/LevelHistory';
import { LevelRules } from '../../features/levels/components/LevelRules';
import { LevelSkeleton } from '../../features/levels/components/LevelSkeleton';
import { useLevelPage } from '../../features/levels/hooks/use-level-page';
import { GrowthProgress } from '../../features/member-card/components/GrowthProgress';
import { RightsList } from '../../features/member-card/components/RightsList';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 会员等级: the level held, progress to the next, rights, 12 months of growth, the history and the rules. */
export default function LevelsPage() {
  useRoleGuard('member');
  const { page } = useLevelPage();

  if (!page.data) {
    return (
      <View className="page levels-page">
        {page.error ? (
          <ErrorState title="等级信息加载失败" message={page.error.message} onRetry={() => void page.reload()} />
        ) : (
          <LevelSkeleton />
        )}
      </View>
    );
  }

  const { me, levels } = page.data;
  return (
    <View className="page levels-page">
      <LevelHero level={levels.level} />
      <GrowthProgress me={me} />
      <RightsList levelCode={levels.level.code} levelName={levels.level.name} rights={me.rights} />
      <GrowthBars buckets={levels.buckets} qualifying={levels.qualifying} />
      <LevelHistory history={levels.history} />
      <LevelRules me={me} />
    </View>
  );
}
