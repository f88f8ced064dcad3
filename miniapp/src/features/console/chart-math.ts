/**
 * The arithmetic of the dashboard's one chart (no drawing here, so it is tested without a canvas): nice value ticks,
 * the plot box, band positions of the categories, bar rectangles, line points, which x labels fit, and which
 * category a tap is nearest to.
 */

export type SeriesKind = 'line' | 'bar';

export interface ChartSeries {
  name: string;
  kind: SeriesKind;
  color: string;
  values: number[];
}

/** What a chart shows: its canvas id, the categories, the series over them, its height and how a value reads. */
export interface ChartData {
  id: string;
  labels: string[];
  series: ChartSeries[];
  height?: number;
  formatValue?: (value: number) => string;
}

export interface Ticks {
  min: number;
  max: number;
  step: number;
  values: number[];
}

/** 1, 2, 2.5, 5 or 10 × a power of ten: the step that splits `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Ticks covering [min, max] (0 always included: bars start at 0), about `count` intervals. All zero or no data gives
 * 0…1 with a single interval, so an empty chart still has an axis. Steps below 1 are allowed only when the data is
 * fractional (counts never get a 0.5 tick).
 */
export function niceTicks(dataMin: number, dataMax: number, count = 4, integer = true): Ticks {
  let low = Math.min(0, Number.isFinite(dataMin) ? dataMin : 0);
  let high = Math.max(0, Number.isFinite(dataMax) ? dataMax : 0);
  if (low === high) high = low + (integer ? Math.max(1, count) : 1);
  let step = niceStep(high - low, count);
  if (integer && step < 1) step = 1;
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const values: number[] = [];
  for (let value = low; value <= high + step / 2; value += step) values.push(Number(value.toFixed(10)));
  return { min: low, max: high, step, values };
}

/** A tick label that fits a narrow axis: 950, 1,200, 1.2万, 350万, 1.2亿; `unit` is appended (e.g. ¥ before). */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const trim = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));
  if (abs >= 100_000_000) return `${sign}${trim(abs / 100_000_000)}亿`;
  if (abs >= 10_000) return `${sign}${trim(abs / 10_000)}万`;
  if (abs >= 1000)
    return `${sign}${Math.round(abs)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
  return `${sign}${trim(abs)}`;
}

export interface LayoutInput {
  width: number;
  height: number;
  labels: string[];
  series: ChartSeries[];
  /** Width of a text in px (the canvas's measureText); a rough estimate is used when absent. */
  measure?: (text: string) => number;
  formatValue?: (value: number) => string;
  /** Font size of axis labels (px). */
  fontSize?: number;
  /** Space for the legend above the plot; 0 for none. */
  legendHeight?: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  plot: Rect;
  ticks: Ticks;
  /** One y label per tick: text and the y of its line. */
  yLabels: { text: string; y: number }[];
  /** Centre x of each category. */
  centers: number[];
  band: number;
  /** x labels that fit (every n-th, always the last). */
  xLabels: { text: string; x: number; index: number }[];
  bars: { series: number; index: number; rect: Rect; value: number }[];
  lines: { series: number; points: { x: number; y: number; value: number }[] }[];
  /** y of the zero line. */
  zeroY: number;
}

const roughMeasure = (fontSize: number) => (text: string) =>
  [...text].reduce((sum, char) => sum + (char.charCodeAt(0) <= 0xff ? fontSize * 0.6 : fontSize), 0);

/** Where everything goes in a `width` × `height` box (CSS px). */
export function chartLayout(input: LayoutInput): ChartLayout {
  const { width, height, labels, series, fontSize = 10, legendHeight = 0 } = input;
  const measure = input.measure ?? roughMeasure(fontSize);
  const format = input.formatValue ?? formatTick;
  const all = series.flatMap((one) => one.values.filter((value) => Number.isFinite(value)));
  const integer = all.every((value) => Number.isInteger(value));
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all), height < 160 ? 3 : 4, integer);
  const yTexts = ticks.values.map(format);
  const axisWidth = Math.ceil(Math.max(...yTexts.map(measure), measure('0'))) + 6;
  const plot: Rect = {
    x: axisWidth,
    y: legendHeight + fontSize / 2 + 2,
    width: Math.max(10, width - axisWidth - 4),
    height: Math.max(10, height - legendHeight - fontSize / 2 - 2 - (fontSize + 8)),
  };
  const yOf = (value: number) => plot.y + plot.height - ((value - ticks.min) / (ticks.max - ticks.min)) * plot.height;
  const count = Math.max(1, labels.length);
  const band = plot.width / count;
  const centers = labels.map((_, index) => plot.x + band * (index + 0.5));

  // x labels: as many as fit with a gap of half a label between them; the last is always shown.
  const widest = Math.max(1, ...labels.map(measure));
  const every = Math.max(1, Math.ceil((widest * 1.4) / band));
  const xLabels: ChartLayout['xLabels'] = [];
  labels.forEach((text, index) => {
    if (index % every === 0) xLabels.push({ text, x: centers[index]!, index });
  });
  const last = labels.length - 1;
  if (last >= 0 && xLabels[xLabels.length - 1]?.index !== last) {
    // Keep the last label; drop the one before it when they would overlap.
    const previous = xLabels[xLabels.length - 1];
    if (previous && centers[last]! - previous.x < widest * 1.2) xLabels.pop();
    xLabels.push({ text: labels[last]!, x: centers[last]!, index: last });
  }

  const barSeries = series.map((one, index) => ({ one, index })).filter(({ one }) => one.kind === 'bar');
  const groupWidth = Math.min(band * 0.7, Math.max(2, 28 * barSeries.length));
  const barWidth = barSeries.length > 0 ? groupWidth / barSeries.length : 0;
  const zeroY = yOf(0);
  const bars: ChartLayout['bars'] = [];
  barSeries.forEach(({ one, index: seriesIndex }, position) => {
    one.values.forEach((value, index) => {
      if (index >= labels.length || !Number.isFinite(value)) return;
      const x = centers[index]! - groupWidth / 2 + position * barWidth;
      const y = yOf(value);
      bars.push({
        series: seriesIndex,
        index,
        value,
        rect: {
          x,
          y: Math.min(y, zeroY),
          width: Math.max(1, barWidth - (barSeries.length > 1 ? 1 : 0)),
          height: Math.abs(zeroY - y),
        },
      });
    });
  });
  const lines = series
    .map((one, seriesIndex) => ({ one, seriesIndex }))
    .filter(({ one }) => one.kind === 'line')
    .map(({ one, seriesIndex }) => ({
      series: seriesIndex,
      points: one.values
        .slice(0, labels.length)
        .map((value, index) => ({ x: centers[index]!, y: yOf(Number.isFinite(value) ? value : 0), value })),
    }));

  return {
    plot,
    ticks,
    yLabels: ticks.values.map((value, index) => ({ text: yTexts[index]!, y: yOf(value) })),
    centers,
    band,
    xLabels,
    bars,
    lines,
    zeroY,
  };
}

/** The category under a tap at `x` (CSS px from the canvas's left edge), or null outside the plot. */
export function indexAt(layout: ChartLayout, x: number): number | null {
  if (layout.centers.length === 0) return null;
  if (x < layout.plot.x - layout.band / 2 || x > layout.plot.x + layout.plot.width + layout.band / 2) return null;
  const index = Math.floor((x - layout.plot.x) / layout.band);
  return Math.min(layout.centers.length - 1, Math.max(0, index));
}

/** Legend entries laid out left to right, wrapping: each with its swatch position. */
export function legendLayout(
  names: string[],
  width: number,
  measure: (text: string) => number,
  fontSize = 10,
): { x: number; y: number; name: string; index: number }[] {
  const swatch = fontSize;
  const gap = 12;
  let x = 0;
  let y = 0;
  return names.map((name, index) => {
    const itemWidth = swatch + 4 + measure(name);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += fontSize + 6;
    }
    const item = { x, y, name, index };
    x += itemWidth + gap;
    return item;
  });
}

/** Height the legend needs (rows × line height). */
export function legendHeight(names: string[], width: number, measure: (text: string) => number, fontSize = 10): number {
  if (names.length === 0) return 0;
  const items = legendLayout(names, width, measure, fontSize);
  return items[items.length - 1]!.y + fontSize + 8;
}

/** `2026-11-23` → `11-23`; other labels pass. */
export const shortDate = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(5) : date);
