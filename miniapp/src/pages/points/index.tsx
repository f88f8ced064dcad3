import { View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { SubscribeNudge } from '../../components/subscribe-nudge';
import { FilterChips } from '../../features/points/components/FilterChips';
import { LotsList } from '../../features/points/components/LotsList';
import { PointsHistoryList } from '../../features/points/components/PointsHistoryList';
import { PointsRowsSkeleton, PointsSkeleton } from '../../features/points/components/PointsSkeleton';
import { PointsSummary } from '../../features/points/components/PointsSummary';
import { PointsTabs } from '../../features/points/components/PointsTabs';
import { usePointsPage } from '../../features/points/hooks/use-points-page';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 我的积分: balance, debt and expiry; the history (filtered, endless) or the lots with their expiry dates. */
export default function PointsPage() {
  useRoleGuard('member');
  const { account, history, lots, tab, setTab, refresh } = usePointsPage();

  if (!account.data) {
    return (
      <View className="page points-page">
        {account.error ? (
          <ErrorState title="积分加载失败" message={account.error.message} onRetry={() => void refresh()} />
        ) : (
          <PointsSkeleton />
        )}
      </View>
    );
  }

  return (
    <View className="page points-page">
      <PointsSummary points={account.data} />
      <SubscribeNudge notice="points-expiring" label="积分到期前提醒我" />
      <PointsTabs value={tab} onChange={setTab} />
      {tab === 'history' ? (
        <View className="panel points-history">
          <FilterChips value={history.filter} onChange={history.setFilter} />
          <PointsHistoryList history={history} />
        </View>
      ) : (
        <View className="panel points-lots-panel">
          {lots.data ? (
            <LotsList lots={lots.data.items} />
          ) : lots.error ? (
            <ErrorState
              compact
              title="有效期加载失败"
              message={lots.error.message}
              onRetry={() => void lots.reload()}
            />
          ) : (
            <PointsRowsSkeleton rows={3} />
          )}
        </View>
      )}
    </View>
  );
}
