import { Canvas, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isWeapp } from '../../../config/env';
import {
  type ChartLayout,
  type ChartSeries,
  chartLayout,
  formatTick,
  indexAt,
  legendHeight,
  legendLayout,
  shortDate,
} from '../chart-math';
import './Chart.scss';

export type { ChartSeries } from '../chart-math';

const FONT_SIZE = 10;
const FONT = `${FONT_SIZE}px -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
const AXIS = '#b8aa9d';
const GRID = '#eee4d8';
const LABEL = '#8c7b6e';

interface Canvas2D {
  width: number;
  height: number;
  getContext: (kind: '2d') => CanvasRenderingContext2D;
  style?: CSSStyleDeclaration;
  getBoundingClientRect?: () => { left: number; width: number; height: number };
  clientWidth?: number;
  clientHeight?: number;
}

function pixelRatio(): number {
  try {
    if (!isWeapp && typeof window !== 'undefined') return window.devicePixelRatio || 1;
    const info = (Taro.getWindowInfo?.() ?? Taro.getSystemInfoSync()) as { pixelRatio?: number };
    return info.pixelRatio || 1;
  } catch {
    return 1;
  }
}

function draw(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  labels: string[],
  series: ChartSeries[],
  selected: number | null,
  formatValue: (value: number) => string,
): ChartLayout {
  ctx.clearRect(0, 0, width, height);
  ctx.font = FONT;
  const measure = (text: string) => ctx.measureText(text).width;
  const names = series.map((one) => one.name);
  const legend = series.length > 1 ? legendHeight(names, width, measure, FONT_SIZE) : 0;
  const layout = chartLayout({
    width,
    height,
    labels: labels.map(shortDate),
    series,
    measure,
    formatValue,
    fontSize: FONT_SIZE,
    legendHeight: legend,
  });
  const { plot } = layout;

  // Legend.
  if (legend > 0) {
    for (const item of legendLayout(names, width, measure, FONT_SIZE)) {
      const one = series[item.index]!;
      ctx.fillStyle = one.color;
      if (one.kind === 'line') ctx.fillRect(item.x, item.y + FONT_SIZE / 2 - 1, FONT_SIZE, 2);
      else ctx.fillRect(item.x, item.y + 1, FONT_SIZE, FONT_SIZE - 2);
      ctx.fillStyle = LABEL;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(item.name, item.x + FONT_SIZE + 4, item.y + FONT_SIZE / 2);
    }
  }

  // Grid and y labels.
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const tick of layout.yLabels) {
    ctx.strokeStyle = GRID;
    ctx.beginPath();
    ctx.moveTo(plot.x, Math.round(tick.y) + 0.5);
    ctx.lineTo(plot.x + plot.width, Math.round(tick.y) + 0.5);
    ctx.stroke();
    ctx.fillStyle = LABEL;
    ctx.fillText(tick.text, plot.x - 4, tick.y);
  }
  // x axis at zero.
  ctx.strokeStyle = AXIS;
  ctx.beginPath();
  ctx.moveTo(plot.x, Math.round(layout.zeroY) + 0.5);
  ctx.lineTo(plot.x + plot.width, Math.round(layout.zeroY) + 0.5);
  ctx.stroke();

  // Highlight of the tapped category.
  if (selected !== null && layout.centers[selected] !== undefined) {
    ctx.fillStyle = 'rgba(200, 162, 122, 0.16)';
    ctx.fillRect(layout.centers[selected]! - layout.band / 2, plot.y, layout.band, plot.height);
  }

  // Bars, then lines on top.
  for (const bar of layout.bars) {
    ctx.fillStyle = series[bar.series]!.color;
    ctx.fillRect(bar.rect.x, bar.rect.y, bar.rect.width, Math.max(bar.value === 0 ? 0 : 1, bar.rect.height));
  }
  for (const line of layout.lines) {
    const color = series[line.series]!.color;
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    for (const [index, point] of line.points.entries()) {
      if (index === 0) ctx.moveTo(point.x, point.y);
      else ctx.lineTo(point.x, point.y);
    }
    ctx.stroke();
    if (line.points.length <= 31 || selected !== null) {
      ctx.fillStyle = color;
      line.points.forEach((point, index) => {
        if (line.points.length > 31 && index !== selected) return;
        ctx.beginPath();
        ctx.arc(point.x, point.y, index === selected ? 3.5 : 2, 0, Math.PI * 2);
        ctx.fill();
      });
    }
  }

  // x labels.
  ctx.fillStyle = LABEL;
  ctx.textBaseline = 'top';
  layout.xLabels.forEach((label, position) => {
    const isFirst = position === 0 && label.x - ctx.measureText(label.text).width / 2 < plot.x;
    const isLast = position === layout.xLabels.length - 1 && label.x + ctx.measureText(label.text).width / 2 > width;
    ctx.textAlign = isFirst ? 'left' : isLast ? 'right' : 'center';
    const x = isFirst ? Math.max(0, label.x - layout.band / 2) : isLast ? width : label.x;
    ctx.fillText(label.text, x, plot.y + plot.height + 5);
  });
  return layout;
}

/**
 * The dashboard's chart: bars and lines over shared categories (days, stores, levels, campaigns), with value axis,
 * category labels, a legend and the tapped category's values under it. One `Canvas type="2d"` in both WeChat and
 * H5, sized by its box and scaled by the pixel ratio; the maths lives in chart-math.ts.
 */
export function Chart({
  id,
  labels,
  series,
  height = 180,
  formatValue = formatTick,
  className = '',
}: {
  id: string;
  labels: string[];
  series: ChartSeries[];
  height?: number;
  formatValue?: (value: number) => string;
  className?: string;
}) {
  const [selected, setSelected] = useState<number | null>(null);
  const canvasRef = useRef<{ node: Canvas2D; width: number; height: number } | null>(null);
  const layoutRef = useRef<ChartLayout | null>(null);
  const args = useRef({ labels, series, formatValue, selected });
  args.current = { labels, series, formatValue, selected };

  const paint = useCallback(() => {
    const target = canvasRef.current;
    if (!target) return;
    const { node } = target;
    const cssWidth = isWeapp
      ? target.width
      : (node.getBoundingClientRect?.().width ?? node.clientWidth ?? target.width);
    const cssHeight = height;
    if (!(cssWidth > 0)) return;
    const ratio = pixelRatio();
    node.width = Math.round(cssWidth * ratio);
    node.height = Math.round(cssHeight * ratio);
    const ctx = node.getContext('2d');
    if (!ctx) return;
    ctx.setTransform?.(1, 0, 0, 1, 0, 0);
    ctx.scale(ratio, ratio);
    const { labels: l, series: s, formatValue: f, selected: chosen } = args.current;
    layoutRef.current = draw(ctx, cssWidth, cssHeight, l, s, chosen, f);
  }, [height]);

  // Find the canvas node once it is on screen; H5 also repaints when the window (and so the column) changes size.
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const find = (tries: number) => {
      const query = Taro.createSelectorQuery?.();
      if (!query) return;
      query
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((result: Array<{ node?: Canvas2D; width?: number; height?: number } | null>) => {
          if (cancelled) return;
          const found = result?.[0];
          if (!found?.node) {
            if (tries > 0) timer = setTimeout(() => find(tries - 1), 120);
            return;
          }
          canvasRef.current = { node: found.node, width: found.width ?? 0, height: found.height ?? height };
          paint();
        });
    };
    Taro.nextTick?.(() => find(10));
    if (isWeapp || typeof window === 'undefined') {
      return () => {
        cancelled = true;
        clearTimeout(timer);
      };
    }
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(paint, 120);
    };
    window.addEventListener('resize', onResize);
    // The desk layout fixes the root font after Taro's own resize handler: repaint once the column has settled.
    const settle = setTimeout(paint, 700);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      clearTimeout(resizeTimer);
      clearTimeout(settle);
      window.removeEventListener('resize', onResize);
    };
  }, [id, height, paint]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: repaint when what the chart shows changes; paint reads it through a ref
  useEffect(() => {
    paint();
  }, [labels, series, selected, paint]);

  const pick = (x: number) => {
    const layout = layoutRef.current;
    if (!layout) return;
    const index = indexAt(layout, x);
    setSelected((current) => (index === current ? null : index));
  };

  const onTap = (event: {
    detail?: { x?: number };
    clientX?: number;
    touches?: Array<{ x?: number; clientX?: number }>;
  }) => {
    const node = canvasRef.current?.node;
    if (!isWeapp && node?.getBoundingClientRect) {
      const clientX = event.clientX ?? event.touches?.[0]?.clientX;
      if (clientX !== undefined) pick(clientX - node.getBoundingClientRect().left);
      return;
    }
    const x = event.touches?.[0]?.x;
    if (x !== undefined) {
      pick(x);
      return;
    }
    const pageX = event.detail?.x;
    if (pageX === undefined) return;
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .boundingClientRect()
      .exec((result: Array<{ left: number } | null>) => {
        if (result?.[0]) pick(pageX - result[0].left);
      });
  };

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
