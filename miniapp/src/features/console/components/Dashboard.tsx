import { Text, View } from '@tarojs/components';
import type { AnalyticsOverview } from '@app/shared';
import { useMemo } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { dailyTotals, dashboardCharts } from '../dashboard-charts';
import { type DateRange, isEmptyOverview, kpisOf, yuanTick } from '../dashboard-words';
import { Block, ChartOrEmpty } from './DashboardBlock';
import { CampaignFunnel, ChurnWatch, ReferralRanks, StoreTable } from './DashboardRows';
import './Dashboard.scss';

export function KpiGrid({ overview }: { overview: AnalyticsOverview }) {
  return (
    <View className="kpi-grid">
      {kpisOf(overview).map((kpi) => (
        <View key={kpi.key} className={`kpi kpi-${kpi.key}`}>
          <Text className="kpi__label">{kpi.label}</Text>
          <Text className="kpi__value">{kpi.value}</Text>
          {kpi.hint && <Text className="kpi__hint">{kpi.hint}</Text>}
        </View>
      ))}
    </View>
  );
}

/** Everything the overview holds, block by block. */
export function DashboardBody({
  overview,
  range,
  onTargetChurn,
}: {
  overview: AnalyticsOverview;
  range: DateRange;
  onTargetChurn: (audience: { segments: string[] }) => void;
}) {
  const charts = useMemo(() => dashboardCharts(overview), [overview]);
  const totals = dailyTotals(overview);

  return (
    <View className="dashboard-body">
      <KpiGrid overview={overview} />
      {isEmptyOverview(overview) && (
        <EmptyState
          message="暂无数据"
          hint="还没有会员和消费记录，有了之后这里会出现图表"
          className="dashboard-empty"
        />
      )}

      <View className="dashboard-grid">
        <Block
          name="members"
          title="新增会员与签到"
          hint={`签到 ${formatNumber(totals.checkins)} 次`}
          report="daily"
          range={range}
        >
          <ChartOrEmpty id="chart-members" labels={charts.days} series={charts.members} />
        </Block>

        <Block
          name="purchases"
          title="消费笔数"
          hint={`${formatNumber(totals.purchases)} 笔`}
          report="daily"
          range={range}
        >
          <ChartOrEmpty id="chart-purchases" labels={charts.days} series={charts.purchases} />
        </Block>

        <Block
          name="sales"
          title="销售额（按门店）"
          hint={`${formatFen(totals.salesFen)}${totals.refundsFen > 0 ? ` · 退款 ${formatFen(totals.refundsFen)}` : ''}`}
          report="stores"
          range={range}
        >
          <ChartOrEmpty id="chart-sales" labels={charts.days} series={charts.sales} formatValue={yuanTick} />
          {overview.stores.length > 0 && <StoreTable stores={overview.stores} />}
        </Block>

        <Block
          name="points"
          title="积分发放 / 使用 / 过期"
          hint={`发放 ${formatNumber(overview.points.issued)} · 使用 ${formatNumber(overview.points.redeemed)} · 过期 ${formatNumber(overview.points.expired)}`}
          report="expiry"
          range={range}
        >
          <ChartOrEmpty id="chart-points" labels={charts.days} series={charts.points} />
        </Block>

        <Block name="levels" title="会员等级分布" report="levels" range={range}>
          <ChartOrEmpty
            id="chart-levels"
            labels={overview.members.byLevel.map((level) => level.name)}
            series={charts.levels}
            height={150}
          />
        </Block>

        <Block name="campaigns" title="优惠券漏斗" hint="按活动" report="campaigns" range={range}>
          <CampaignFunnel campaigns={overview.campaigns.slice(0, 8)} series={charts.funnel} />
        </Block>

        <Block name="churn" title="流失预警" hint="消费过 2 次以上、60 天未再消费" report="churn" range={range}>
          <ChurnWatch churn={overview.churn} onTarget={onTargetChurn} />
        </Block>

        <Block name="referrals" title="推荐排行" report="referrals" range={range}>
          <ReferralRanks referrals={overview.referrals} />
        </Block>
      </View>
      <Text className="dashboard-fresh">
        {overview.freshAt ? `数据更新于 ${formatDateTime(overview.freshAt)}` : '统计尚未开始，数据可能不完整'}
      </Text>
    </View>
  );
}
