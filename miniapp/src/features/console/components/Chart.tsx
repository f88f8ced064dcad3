import { Canvas, Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { type ChartData, formatTick } from '../chart-math';
import { useChartCanvas } from '../hooks/use-chart-canvas';
import './Chart.scss';

export type { ChartSeries } from '../chart-math';

/**
 * The dashboard's chart: bars and lines over shared categories (days, stores, levels, campaigns), with value axis,
 * category labels, a legend and the tapped category's values under it. One `Canvas type="2d"` in both WeChat and
 * H5 (use-chart-canvas.ts), painted by chart-draw.ts; the maths lives in chart-math.ts.
 */
export function Chart({
  id,
  labels,
  series,
  height = 180,
  formatValue = formatTick,
  className = '',
}: ChartData & { className?: string }) {
  const { selected, onTap } = useChartCanvas({ id, labels, series, height, formatValue });

  const index = selected ?? labels.length - 1;
  const values = useMemo(
    () => series.map((one) => ({ name: one.name, color: one.color, value: one.values[index] })),
    [series, index],
  );

  return (
    <View className={`chart ${className}`}>
      <Canvas
        type="2d"
        id={id}
        canvasId={id}
        className="chart__canvas"
        style={{ width: '100%', height: `${height}px` }}
        onClick={onTap as never}
      />
      {labels.length > 0 && (
        <View className="chart__values">
          <Text className="chart__values-label">{labels[index]}</Text>
          {values.map((entry) => (
            <View className="chart__value" key={entry.name}>
              <View className="chart__swatch" style={{ background: entry.color }} />
              <Text>
                {entry.name} {entry.value === undefined ? '—' : formatValue(entry.value)}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
