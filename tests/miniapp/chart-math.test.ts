import {
  chartLayout,
  formatTick,
  indexAt,
  legendHeight,
  legendLayout,
  niceStep,
  niceTicks,
  shortDate,
} from '../../miniapp/src/features/console/chart-math';

const measure = (text: string) => text.length * 6;

describe('chart maths', () => {
  it('picks 1/2/2.5/5/10 steps', () => {
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(1200, 4)).toBe(500);
    expect(niceStep(0, 4)).toBe(1);
  });

  it('makes ticks that cover the data and start at 0', () => {
    expect(niceTicks(0, 95)).toEqual({ min: 0, max: 100, step: 25, values: [0, 25, 50, 75, 100] });
    expect(niceTicks(3, 7).values[0]).toBe(0);
    expect(niceTicks(-30, 80)).toMatchObject({ min: -50, max: 100, step: 50 });
    // All zero: still an axis.
    expect(niceTicks(0, 0)).toEqual({ min: 0, max: 4, step: 1, values: [0, 1, 2, 3, 4] });
    // Counts never get fractional ticks; money may.
    expect(niceTicks(0, 2, 4, true).step).toBe(1);
    expect(niceTicks(0, 2, 4, false).step).toBe(0.5);
  });

  it('writes ticks short', () => {
    expect(formatTick(950)).toBe('950');
    expect(formatTick(1200)).toBe('1,200');
    expect(formatTick(12000)).toBe('1.2万');
    expect(formatTick(3_500_000)).toBe('350万');
    expect(formatTick(120_000_000)).toBe('1.2亿');
    expect(formatTick(-2.5)).toBe('-2.5');
    expect(shortDate('2026-11-23')).toBe('11-23');
    expect(shortDate('金卡会员')).toBe('金卡会员');
  });

  it('lays out bars side by side within their band and lines through the band centres', () => {
    const layout = chartLayout({
      width: 300,
      height: 180,
      labels: ['a', 'b', 'c'],
      series: [
        { name: '发放', kind: 'bar', color: '#000', values: [10, 20, 40] },
        { name: '使用', kind: 'bar', color: '#111', values: [5, 0, 20] },
        { name: '签到', kind: 'line', color: '#222', values: [30, 10, 20] },
      ],
      measure,
    });
    const { plot, band, centers } = layout;
    expect(plot.x + plot.width).toBeLessThanOrEqual(300);
    expect(band).toBeCloseTo(plot.width / 3);
    expect(centers[1]).toBeCloseTo(plot.x + band * 1.5);
    // The largest bar reaches the top tick (40 → max 40), zero-height bars sit on the axis.
    const top = layout.bars.find((bar) => bar.value === 40)!;
    expect(top.rect.y).toBeCloseTo(plot.y);
    expect(top.rect.y + top.rect.height).toBeCloseTo(layout.zeroY);
    expect(layout.bars.find((bar) => bar.series === 1 && bar.index === 1)!.rect.height).toBeCloseTo(0);
    // Two bars of a category are next to each other, inside the band.
    const [first, second] = layout.bars.filter((bar) => bar.index === 0);
    expect(second!.rect.x).toBeGreaterThan(first!.rect.x);
    expect(first!.rect.x).toBeGreaterThanOrEqual(centers[0]! - band / 2);
    expect(second!.rect.x + second!.rect.width).toBeLessThanOrEqual(centers[0]! + band / 2);
    // Line points are at the centres.
    expect(layout.lines[0]!.points.map((point) => point.x)).toEqual(centers);
    expect(layout.yLabels.map((label) => label.text)).toEqual(['0', '10', '20', '30', '40']);
  });

  it('thins x labels so they do not overlap, keeping the first and the last', () => {
    const labels = Array.from({ length: 90 }, (_, index) => `11-${String(index).padStart(2, '0')}`);
    const layout = chartLayout({
      width: 340,
      height: 180,
      labels,
      series: [{ name: 'n', kind: 'line', color: '#000', values: labels.map(() => 1) }],
      measure,
    });
    expect(layout.xLabels.length).toBeLessThan(12);
    expect(layout.xLabels[0]!.index).toBe(0);
    expect(layout.xLabels[layout.xLabels.length - 1]!.index).toBe(89);
    for (let i = 1; i < layout.xLabels.length; i++)
      expect(layout.xLabels[i]!.x - layout.xLabels[i - 1]!.x).toBeGreaterThanOrEqual(measure('11-00'));
  });

  it('finds the category under a tap', () => {
    const layout = chartLayout({
      width: 300,
      height: 180,
      labels: ['a', 'b', 'c'],
      series: [{ name: 'n', kind: 'bar', color: '#000', values: [1, 2, 3] }],
      measure,
    });
    expect(indexAt(layout, layout.centers[0]!)).toBe(0);
    expect(indexAt(layout, layout.centers[2]! + layout.band * 0.4)).toBe(2);
    expect(indexAt(layout, -100)).toBeNull();
  });

  it('wraps the legend', () => {
    const items = legendLayout(['新增会员', '签到', '消费笔数'], 80, measure, 10);
    expect(items[0]).toMatchObject({ x: 0, y: 0 });
    expect(items.some((item) => item.y > 0)).toBe(true);
    expect(legendHeight(['a'], 300, measure, 10)).toBe(18);
    expect(legendHeight([], 300, measure, 10)).toBe(0);
  });
});
