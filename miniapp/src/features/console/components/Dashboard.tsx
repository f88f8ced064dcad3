import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AnalyticsOverview } from '@app/shared';
import { type ReactNode, useMemo, useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { formatDate, formatDateTime, formatNumber, shortStoreName } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import type { ExportReport } from '../api/console';
import type { ChartSeries } from '../chart-math';
import { exportCsv } from '../csv-export';
import { type DateRange, isEmptyOverview, kpisOf, percentText, yuan, yuanTick } from '../dashboard-words';
import { Chart } from './Chart';
import './Dashboard.scss';

export const PALETTE = ['#6f4e37', '#c8602d', '#3f8f5a', '#3d7ea6', '#c8a27a', '#8a6fb0', '#b4432f'];

const hasValues = (series: ChartSeries[]) => series.some((one) => one.values.some((value) => value !== 0));

/** A dashboard block: a titled panel with 导出 CSV of its report. */
export function Block({
  name,
  title,
  hint,
  report,
  range,
  children,
}: {
  name: string;
  title: string;
  hint?: string;
  report?: ExportReport;
  range: DateRange;
  children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const doExport = async () => {
    if (!report || busy) return;
    setBusy(true);
    try {
      const how = await exportCsv(report, range);
      void Taro.showToast({
        title: how === 'copied' ? '已复制 CSV 内容' : how === 'shared' ? '已生成 CSV 文件' : '已开始下载',
        icon: 'none',
      });
    } catch (caught) {
      void Taro.showToast({ title: (caught as Error).message || '导出失败', icon: 'none' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className={`panel dashboard-block dashboard-block-${name}`}>
      <View className="panel__title dashboard-block__title">
        <View className="dashboard-block__heading">
          <Text>{title}</Text>
          {hint && <Text className="panel__hint dashboard-block__hint">{hint}</Text>}
        </View>
        {report && (
          <View
            className={`dashboard-export export-${report}${busy ? ' dashboard-export--busy' : ''}`}
            hoverClass="btn--pressed"
            onClick={() => void doExport()}
          >
            <Text>{busy ? '导出中…' : '导出 CSV'}</Text>
          </View>
        )}
      </View>
      {children}
    </View>
  );
}

/** A chart, or 暂无数据 when every value is zero. */
function ChartOrEmpty({
  id,
  labels,
  series,
  height,
  formatValue,
}: {
  id: string;
  labels: string[];
  series: ChartSeries[];
  height?: number;
  formatValue?: (value: number) => string;
}) {
  if (labels.length === 0 || !hasValues(series))
    return <EmptyState compact message="暂无数据" className={`chart-empty ${id}-empty`} />;
  return <Chart id={id} labels={labels} series={series} height={height} formatValue={formatValue} />;
}

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
  const charts = useMemo(() => {
    const days = overview.daily.map((day) => day.date);
    const stores = overview.stores.slice(0, 5);
    const storeSales = stores.map((store, index) => ({
      name: shortStoreName(store.name),
      kind: 'line' as const,
      color: PALETTE[(index + 1) % PALETTE.length]!,
      values: days.map((date) =>
        yuan(overview.storeDaily.find((row) => row.date === date && row.storeId === store.storeId)?.salesFen ?? 0),
      ),
    }));
    return {
      days,
      members: [
        {
          name: '新增会员',
          kind: 'bar' as const,
          color: PALETTE[4]!,
          values: overview.daily.map((day) => day.newMembers),
        },
        { name: '签到', kind: 'line' as const, color: PALETTE[0]!, values: overview.daily.map((day) => day.checkins) },
      ],
      purchases: [
        {
          name: '消费笔数',
          kind: 'bar' as const,
          color: PALETTE[4]!,
          values: overview.daily.map((day) => day.purchases),
        },
      ],
      sales: [
        {
          name: '合计',
          kind: 'line' as const,
          color: PALETTE[0]!,
          values: overview.daily.map((day) => yuan(day.salesFen)),
        },
        ...(stores.length > 1 ? storeSales : []),
      ],
      points: [
        {
          name: '发放',
          kind: 'bar' as const,
          color: PALETTE[2]!,
          values: overview.daily.map((day) => day.pointsIssued),
        },
        {
          name: '使用',
          kind: 'bar' as const,
          color: PALETTE[1]!,
          values: overview.daily.map((day) => day.pointsRedeemed),
        },
        {
          name: '过期',
          kind: 'bar' as const,
          color: PALETTE[4]!,
          values: overview.daily.map((day) => day.pointsExpired),
        },
      ],
      levels: [
        {
          name: '会员数',
          kind: 'bar' as const,
          color: PALETTE[0]!,
          values: overview.members.byLevel.map((level) => level.count),
        },
      ],
      funnel: [
        {
          name: '目标',
          kind: 'bar' as const,
          color: PALETTE[4]!,
          values: overview.campaigns.map((campaign) => campaign.targeted),
        },
        {
          name: '已发放',
          kind: 'bar' as const,
          color: PALETTE[1]!,
          values: overview.campaigns.map((campaign) => campaign.issued),
        },
        {
          name: '已核销',
          kind: 'bar' as const,
          color: PALETTE[2]!,
          values: overview.campaigns.map((campaign) => campaign.redeemed),
        },
      ],
    };
  }, [overview]);

  const totals = overview.daily.reduce(
    (sum, day) => ({
      checkins: sum.checkins + day.checkins,
      purchases: sum.purchases + day.purchases,
      salesFen: sum.salesFen + day.salesFen,
      refundsFen: sum.refundsFen + day.refundsFen,
    }),
    { checkins: 0, purchases: 0, salesFen: 0, refundsFen: 0 },
  );
  const campaigns = overview.campaigns.slice(0, 8);

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
          {overview.stores.length > 0 && (
            <View className="dashboard-table store-table">
              <View className="dashboard-table__row dashboard-table__row--head">
                <Text className="dashboard-table__name">门店</Text>
                <Text className="dashboard-table__num">笔数</Text>
                <Text className="dashboard-table__num">销售额</Text>
                <Text className="dashboard-table__num">退款</Text>
              </View>
              {overview.stores.map((store) => (
                <View key={store.storeId} className={`dashboard-table__row store-row store-row-${store.storeId}`}>
                  <Text className="dashboard-table__name">{store.name}</Text>
                  <Text className="dashboard-table__num">{formatNumber(store.purchases)}</Text>
                  <Text className="dashboard-table__num">{formatFen(store.salesFen)}</Text>
                  <Text className="dashboard-table__num">{formatFen(store.refundsFen)}</Text>
                </View>
              ))}
            </View>
          )}
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
          {campaigns.length === 0 ? (
            <EmptyState compact message="暂无数据" hint="还没有营销活动" className="chart-empty" />
          ) : (
            <>
              <Chart
                id="chart-funnel"
                labels={campaigns.map((campaign) =>
                  campaign.name.length > 6 ? `${campaign.name.slice(0, 6)}…` : campaign.name,
                )}
                series={charts.funnel}
                height={170}
              />
              {campaigns.map((campaign) => (
                <View key={campaign.campaignId} className={`funnel-row funnel-row-${campaign.campaignId}`}>
                  <Text className="funnel-row__name">{campaign.name}</Text>
                  <Text className="funnel-row__figures">
                    {formatNumber(campaign.targeted)} → {formatNumber(campaign.issued)} →{' '}
                    {formatNumber(campaign.redeemed)} · 核销率 {percentText(campaign.redemptionRate)}
                  </Text>
                </View>
              ))}
            </>
          )}
        </Block>

        <Block name="churn" title="流失预警" hint="消费过 2 次以上、60 天未再消费" report="churn" range={range}>
          <View className="churn-head">
            <View className="churn-head__count">
              <Text className="churn-count">{formatNumber(overview.churn.count)}</Text>
              <Text className="churn-head__unit">位会员</Text>
            </View>
            {overview.churn.count > 0 && (
              <View
                className="btn btn--primary btn--small churn-target"
                hoverClass="btn--pressed"
                onClick={() => onTargetChurn(overview.churn.audience)}
              >
                <Text>一键发券</Text>
              </View>
            )}
          </View>
          {overview.churn.sample.length === 0 ? (
            <EmptyState compact message="暂无数据" hint="目前没有流失预警的会员" className="churn-empty" />
          ) : (
            overview.churn.sample.map((member) => (
              <View key={member.memberId} className="churn-row" data-member-id={member.memberId}>
                <View className="churn-row__text">
                  <Text className="churn-row__name">{member.nickname}</Text>
                  <Text className="churn-row__meta">{member.memberNo}</Text>
                </View>
                <View className="churn-row__facts">
                  <Text>{member.lastPurchaseAt ? `最近消费 ${formatDate(member.lastPurchaseAt)}` : '无消费'}</Text>
                  <Text className="churn-row__meta">共 {member.purchaseCount} 次</Text>
                </View>
              </View>
            ))
          )}
        </Block>

        <Block name="referrals" title="推荐排行" report="referrals" range={range}>
          {overview.referrals.length === 0 ? (
            <EmptyState compact message="暂无数据" hint="还没有会员成功邀请好友" className="referrals-empty" />
          ) : (
            overview.referrals.slice(0, 10).map((rank, index) => (
              <View key={rank.memberId} className="referral-row" data-member-id={rank.memberId}>
                <Text className={`referral-row__rank${index < 3 ? ' referral-row__rank--top' : ''}`}>{index + 1}</Text>
                <View className="referral-row__text">
                  <Text className="referral-row__name">{rank.nickname}</Text>
                  <Text className="referral-row__meta">{rank.memberNo}</Text>
                </View>
                <Text className="referral-row__count">
                  {formatNumber(rank.rewarded)} 人有效 / 邀请 {formatNumber(rank.invited)}
                </Text>
              </View>
            ))
          )}
        </Block>
      </View>
      <Text className="dashboard-fresh">
        {overview.freshAt ? `数据更新于 ${formatDateTime(overview.freshAt)}` : '统计尚未开始，数据可能不完整'}
      </Text>
    </View>
  );
}
