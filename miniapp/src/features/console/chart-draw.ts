import { type ChartLayout, type ChartSeries, chartLayout, legendHeight, legendLayout, shortDate } from './chart-math';

const FONT_SIZE = 10;
const FONT = `${FONT_SIZE}px -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
const AXIS = '#b8aa9d';
const GRID = '#eee4d8';
const LABEL = '#8c7b6e';

export interface Canvas2D {
  width: number;
  height: number;
  getContext: (kind: '2d') => CanvasRenderingContext2D;
  style?: CSSStyleDeclaration;
  getBoundingClientRect?: () => { left: number; width: number; height: number };
  clientWidth?: number;
  clientHeight?: number;
}

/** Paints the chart on a 2D context of `width`×`height` CSS pixels; returns the layout, for finding a tapped category. */
export function draw(
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
