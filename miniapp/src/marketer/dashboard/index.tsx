import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { DateField, Segments } from '../../features/campaigns/components/FormParts';
import { DashboardBody } from '../../features/console/components/Dashboard';
import { SalesSections } from '../../features/console/components/SalesSections';
import { PlanSection } from '../../features/plan-admin/components/PlanSection';
import { audienceParams, QUICK_RANGES, rangeDays } from '../../features/console/dashboard-words';
import { type RangeMode, useDashboard } from '../../features/console/hooks/use-dashboard';
import { openPage, routes } from '../../lib/routes';
import { StoredValueSection } from '../../features/wallet/components/StoredValueSection';
import { useRoleGuard } from '../../lib/use-role-guard';

const RANGE_OPTIONS: ReadonlyArray<{ key: string; label: string }> = [
  ...QUICK_RANGES.map((days) => ({ key: String(days), label: `近${days}天` })),
  { key: 'custom', label: '自定义' },
];

/** 数据看板: a date range, the KPIs and the charts of the overview, the churn list (→ 一键发券) and CSV exports. */
export default function DashboardPage() {
  useRoleGuard('marketer');
  const board = useDashboard();
  const { data, error, loading } = board.overview;

  return (
    <MarketerPage className="dashboard-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">数据看板</Text>
          <Text className="marketer-head__sub dashboard-range-label">
            {board.range.from} 至 {board.range.to} · {rangeDays(board.range)} 天
          </Text>
        </View>
      </View>

      <View className="range-bar">
        <Segments
          prefix="dashboard-range"
          options={RANGE_OPTIONS}
          value={String(board.mode)}
          onChange={(key) =>
            key === 'custom' ? board.chooseCustom() : board.chooseQuick(Number(key) as Exclude<RangeMode, 'custom'>)
          }
        />
        {board.mode === 'custom' && (
          <View className="range-custom">
            <View className="range-custom__field">
              <DateField
                className="dashboard-from"
                value={board.customFrom}
                placeholder="开始 2026-01-01"
                onChange={board.setCustomFrom}
              />
              {board.customErrors.from && (
                <Text className="form-field__error dashboard-from-error">{board.customErrors.from}</Text>
              )}
            </View>
            <View className="range-custom__field">
              <DateField
                className="dashboard-to"
                value={board.customTo}
                placeholder="结束 2026-01-31"
                onChange={board.setCustomTo}
              />
              {board.customErrors.to && (
                <Text className="form-field__error dashboard-to-error">{board.customErrors.to}</Text>
              )}
            </View>
            <View
              className="btn btn--primary btn--small range-custom__apply dashboard-apply"
              hoverClass="btn--pressed"
              onClick={board.applyCustom}
            >
              <Text>查询</Text>
            </View>
          </View>
        )}
      </View>

      {data ? (
        <View className={`dashboard${loading ? ' dashboard--refreshing' : ''}`}>
          {error && <Text className="form-error dashboard-refresh-error">{error.message}，显示的是上次的数据</Text>}
          <DashboardBody
            overview={data}
            range={board.range}
            onTargetChurn={(audience) => void openPage(routes.marketerCampaignNew, audienceParams(audience))}
          />
          <SalesSections
            range={board.range}
            onTarget={(audience) => void openPage(routes.marketerCampaignNew, audienceParams(audience))}
          />
          <PlanSection plans={data.plans} />
          <StoredValueSection storedValue={data.storedValue} range={board.range} />
        </View>
      ) : error ? (
        <View className="panel dashboard-error">
          <ErrorState title="看板加载失败" message={error.message} onRetry={() => void board.overview.reload()} />
        </View>
      ) : (
        <View className="dashboard-loading">
          <View className="kpi-grid">
            {[0, 1, 2, 3].map((key) => (
              <View key={key} className="kpi">
                <Skeleton height={14} width="60%" />
                <Skeleton height={26} width="80%" className="dashboard-skeleton-value" />
              </View>
            ))}
          </View>
          {[0, 1].map((key) => (
            <View key={key} className="panel">
              <Skeleton height={16} width="40%" />
              <Skeleton height={160} className="dashboard-skeleton-chart" />
            </View>
          ))}
        </View>
      )}
    </MarketerPage>
  );
}
