import { Text, View } from '@tarojs/components';
import type { SalesAnalytics } from '@app/shared';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { formatNumber, shortStoreName } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { type DateRange, percentText, yuan, yuanTick } from '../dashboard-words';
import { useSalesAnalytics } from '../hooks/use-sales-analytics';
import { Chart } from './Chart';
import { PALETTE } from '../dashboard-charts';
import { Block } from './DashboardBlock';
import { AudienceHead } from './DashboardRows';
import './SalesSections.scss';

const TOP_SKUS = 8;
const shortName = (name: string, max = 6) => (name.length > max ? `${name.slice(0, max)}…` : name);

/**
 * The seed-001 sections of 数据看板 (issue 19): 商品销售, 员工销售排名, 门店与归属会员 and 消费预警 (→ 一键发券),
 * each with its CSV. They read `GET /v1/admin/analytics/sales` for the dashboard's range.
 */
export function SalesSections({
  range,
  onTarget,
}: {
  range: DateRange;
  onTarget: (audience: { segments: string[] }) => void;
}) {
  const { data, error, reload } = useSalesAnalytics(range);
  if (!data)
    return error ? (
      <View className="panel sales-error">
        <ErrorState compact title="销售分析加载失败" message={error.message} onRetry={() => void reload()} />
      </View>
    ) : (
      <View className="panel sales-loading">
        <Skeleton height={16} width="40%" />
        <Skeleton height={160} className="dashboard-skeleton-chart" />
      </View>
    );
  return (
    <View className="dashboard-grid sales-sections">
      <SkuBlock sales={data} range={range} />
      <StaffBlock sales={data} range={range} />
      <StoreBlock sales={data} range={range} />
      <SpendDropBlock sales={data} range={range} onTarget={onTarget} />
    </View>
  );
}

function SkuBlock({ sales, range }: { sales: SalesAnalytics; range: DateRange }) {
  const top = sales.skus.slice(0, TOP_SKUS);
  const revenue = sales.skus.reduce((sum, sku) => sum + sku.revenueFen, 0);
  const quantity = sales.skus.reduce((sum, sku) => sum + sku.quantity, 0);
  return (
    <Block
      name="skus"
      title="商品销售分析"
      hint={`${formatNumber(quantity)} 件 · ${formatFen(revenue)}（按小票商品行，折前）`}
      report="skus"
      range={range}
    >
      {top.length === 0 ? (
        <EmptyState
          compact
          message="暂无数据"
          hint="记录消费时填写商品明细后，这里会按商品统计"
          className="skus-empty"
        />
      ) : (
        <>
          <Chart
            id="chart-skus"
            labels={top.map((sku) => shortName(sku.name))}
            series={[
              { name: '销售额', kind: 'bar', color: PALETTE[1]!, values: top.map((sku) => yuan(sku.revenueFen)) },
            ]}
            height={170}
            formatValue={yuanTick}
          />
          <View className="dashboard-table sku-table">
            <View className="dashboard-table__row dashboard-table__row--head">
              <Text className="dashboard-table__name">商品</Text>
              <Text className="dashboard-table__num">销量</Text>
              <Text className="dashboard-table__num">销售额</Text>
              <Text className="dashboard-table__num">占比</Text>
              <Text className="dashboard-table__num">毛利</Text>
            </View>
            {sales.skus.slice(0, 10).map((sku) => (
              <View key={sku.sku} className="dashboard-table__row sku-row" data-sku={sku.sku}>
                <Text className="dashboard-table__name">{sku.name}</Text>
                <Text className="dashboard-table__num">{formatNumber(sku.quantity)}</Text>
                <Text className="dashboard-table__num">{formatFen(sku.revenueFen)}</Text>
                <Text className="dashboard-table__num">{percentText(sku.share)}</Text>
                <Text className="dashboard-table__num">{sku.marginFen === null ? '—' : formatFen(sku.marginFen)}</Text>
              </View>
            ))}
          </View>
        </>
      )}
    </Block>
  );
}

function StaffBlock({ sales, range }: { sales: SalesAnalytics; range: DateRange }) {
  return (
    <Block name="staff-ranking" title="人员销售排名" hint="按销售额" report="staff" range={range}>
      {sales.staff.length === 0 ? (
        <EmptyState compact message="暂无数据" hint="这段时间还没有员工记录消费" className="staff-ranking-empty" />
      ) : (
        sales.staff.slice(0, 10).map((staff) => (
          <View
            key={`${staff.storeId}#${staff.staffId}`}
            className="referral-row staff-rank-row"
            data-staff={staff.staffId}
          >
            <Text className={`referral-row__rank${staff.rank <= 3 ? ' referral-row__rank--top' : ''}`}>
              {staff.rank}
            </Text>
            <View className="referral-row__text">
              <Text className="referral-row__name">{staff.name}</Text>
              <Text className="referral-row__meta">{staff.storeName}</Text>
            </View>
            <View className="staff-rank-row__figures">
              <Text className="referral-row__count">{formatFen(staff.salesFen)}</Text>
              <Text className="referral-row__meta">
                {formatNumber(staff.purchases)} 笔{staff.refunds > 0 ? ` · 退款 ${formatNumber(staff.refunds)} 笔` : ''}
              </Text>
            </View>
          </View>
        ))
      )}
    </Block>
  );
}

function StoreBlock({ sales, range }: { sales: SalesAnalytics; range: DateRange }) {
  const stores = sales.stores;
  const hasMembers = stores.some((store) => store.homeMembers > 0);
  return (
    <Block
      name="home-stores"
      title="门店销售与归属会员"
      hint={`未归属门店 ${formatNumber(sales.homeStores.unknown)} 人 · 共 ${formatNumber(sales.homeStores.total)} 人`}
      report="home-stores"
      range={range}
    >
      {hasMembers ? (
        <Chart
          id="chart-home-stores"
          labels={stores.map((store) => shortName(shortStoreName(store.name)))}
          series={[
            { name: '归属会员', kind: 'bar', color: PALETTE[0]!, values: stores.map((store) => store.homeMembers) },
          ]}
          height={150}
        />
      ) : (
        <EmptyState compact message="暂无数据" hint="会员首次消费的门店即为归属门店" className="home-stores-empty" />
      )}
      <View className="dashboard-table home-store-table">
        <View className="dashboard-table__row dashboard-table__row--head">
          <Text className="dashboard-table__name">门店</Text>
          <Text className="dashboard-table__num">会员</Text>
          <Text className="dashboard-table__num">笔数</Text>
          <Text className="dashboard-table__num">销售额</Text>
        </View>
        {stores.map((store) => (
          <View key={store.storeId} className={`dashboard-table__row home-store-row home-store-row-${store.storeId}`}>
            <Text className="dashboard-table__name">{shortStoreName(store.name)}</Text>
            <Text className="dashboard-table__num">{formatNumber(store.homeMembers)}</Text>
            <Text className="dashboard-table__num">{formatNumber(store.purchases)}</Text>
            <Text className="dashboard-table__num">{formatFen(store.salesFen)}</Text>
          </View>
        ))}
      </View>
    </Block>
  );
}

function SpendDropBlock({
  sales,
  range,
  onTarget,
}: {
  sales: SalesAnalytics;
  range: DateRange;
  onTarget: (audience: { segments: string[] }) => void;
}) {
  const { spendDrop } = sales;
  return (
    <Block
      name="spend-drop"
      title="消费预警"
      hint="近 90 天消费比前 90 天下降超过一半（每晚更新）"
      report="spend-drop"
      range={range}
    >
      <AudienceHead
        count={spendDrop.count}
        countClassName="spend-drop-count churn-count"
        targetClassName="spend-drop-target"
        onTarget={() => onTarget(spendDrop.audience)}
      />
      {spendDrop.sample.length === 0 ? (
        <EmptyState compact message="暂无数据" hint="目前没有消费明显下降的会员" className="spend-drop-empty" />
      ) : (
        spendDrop.sample.map((member) => (
          <View key={member.memberId} className="churn-row spend-drop-row" data-member-id={member.memberId}>
            <View className="churn-row__text">
              <Text className="churn-row__name">{member.nickname}</Text>
              <Text className="churn-row__meta">
                {member.memberNo} · {member.levelName}
              </Text>
            </View>
            <View className="churn-row__facts">
              <Text>
                {formatFen(member.previousFen)} → {formatFen(member.recentFen)}
              </Text>
              <Text className="spend-drop-row__share">下降 {percentText(member.dropShare)}</Text>
            </View>
          </View>
        ))
      )}
    </Block>
  );
}
