import { Text, View } from '@tarojs/components';
import type { StoredValueOverview } from '@app/shared';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { Chart } from '../../console/components/Chart';
import { PALETTE } from '../../console/dashboard-charts';
import { Block } from '../../console/components/DashboardBlock';
import { type DateRange, yuan, yuanTick } from '../../console/dashboard-words';

const CHANNEL_NAMES = { wechat: '微信支付', counter: '门店收银' } as const;

type Figures = StoredValueOverview['topups'];

function FigureRow({ name, figures, className }: { name: string; figures: Figures; className: string }) {
  return (
    <View className={`dashboard-table__row ${className}`}>
      <Text className="dashboard-table__name">{name}</Text>
      <Text className="dashboard-table__num">{formatNumber(figures.count)}</Text>
      <Text className="dashboard-table__num">{formatFen(figures.payFen)}</Text>
      <Text className="dashboard-table__num">{formatFen(figures.bonusFen)}</Text>
      <Text className="dashboard-table__num">{figures.refunds > 0 ? formatFen(figures.refundFen) : '—'}</Text>
    </View>
  );
}

function FigureTable({ head, children }: { head: string; children: ReactNode }) {
  return (
    <View className="dashboard-table stored-value-table">
      <View className="dashboard-table__row dashboard-table__row--head">
        <Text className="dashboard-table__name">{head}</Text>
        <Text className="dashboard-table__num">笔数</Text>
        <Text className="dashboard-table__num">实收</Text>
        <Text className="dashboard-table__num">赠送</Text>
        <Text className="dashboard-table__num">退款</Text>
      </View>
      {children}
    </View>
  );
}

/**
 * 储值 on the dashboard: the liability now (principal and bonus outstanding in every wallet: what the brand owes its
 * members), and the range's top-ups per day, per store (online ones as 线上) and per channel.
 */
export function StoredValueSection({ storedValue, range }: { storedValue: StoredValueOverview; range: DateRange }) {
  const { topups } = storedValue;
  return (
    <Block
      name="stored-value"
      title="储值"
      hint={`本期充值 ${formatNumber(topups.count)} 笔 · 实收 ${formatFen(topups.payFen)}`}
      range={range}
    >
      <View className="kpi-grid stored-value-kpis">
        <View className="kpi kpi-liability stored-value-liability">
          <Text className="kpi__label">储值余额（待消费）</Text>
          <Text className="kpi__value">{formatFen(storedValue.principalFen + storedValue.bonusFen)}</Text>
          <Text className="kpi__hint">
            本金 {formatFen(storedValue.principalFen)} · 赠送 {formatFen(storedValue.bonusFen)}
          </Text>
        </View>
        <View className="kpi stored-value-topups">
          <Text className="kpi__label">本期充值实收</Text>
          <Text className="kpi__value">{formatFen(topups.payFen)}</Text>
          <Text className="kpi__hint">
            {formatNumber(topups.count)} 笔 · 赠送 {formatFen(topups.bonusFen)}
            {topups.refunds > 0 ? ` · 退款 ${formatFen(topups.refundFen)}` : ''}
          </Text>
        </View>
      </View>
      {topups.count === 0 && topups.refunds === 0 ? (
        <EmptyState compact message="本期没有充值" className="stored-value-empty" />
      ) : (
        <>
          <Chart
            id="chart-topups"
            labels={storedValue.daily.map((day) => day.date.slice(5))}
            series={[
              {
                name: '充值实收',
                kind: 'bar',
                color: PALETTE[1]!,
                values: storedValue.daily.map((day) => yuan(day.payFen)),
              },
            ]}
            formatValue={yuanTick}
          />
          <FigureTable head="渠道">
            {storedValue.channels.map((channel) => (
              <FigureRow
                key={channel.channel}
                name={CHANNEL_NAMES[channel.channel]}
                figures={channel}
                className={`stored-value-channel-${channel.channel}`}
              />
            ))}
          </FigureTable>
          <FigureTable head="门店">
            {storedValue.stores.map((store) => (
              <FigureRow
                key={store.storeId}
                name={store.name}
                figures={store}
                className={`stored-value-store stored-value-store-${store.storeId}`}
              />
            ))}
          </FigureTable>
        </>
      )}
    </Block>
  );
}
