import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { type ReactNode, useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import type { ExportReport } from '../api/console';
import type { ChartData, ChartSeries } from '../chart-math';
import { exportCsv } from '../csv-export';
import type { DateRange } from '../dashboard-words';
import { Chart } from './Chart';
import './Dashboard.scss';

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
export function ChartOrEmpty({ id, labels, series, height, formatValue }: ChartData) {
  if (labels.length === 0 || !hasValues(series))
    return <EmptyState compact message="暂无数据" className={`chart-empty ${id}-empty`} />;
  return <Chart id={id} labels={labels} series={series} height={height} formatValue={formatValue} />;
}
