import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isWeapp } from '../../../config/env';
import { type Canvas2D, draw } from '../chart-draw';
import { type ChartData, type ChartLayout, indexAt } from '../chart-math';

function pixelRatio(): number {
  try {
    if (!isWeapp && typeof window !== 'undefined') return window.devicePixelRatio || 1;
    const info = (Taro.getWindowInfo?.() ?? Taro.getSystemInfoSync()) as { pixelRatio?: number };
    return info.pixelRatio || 1;
  } catch {
    return 1;
  }
}

/**
 * The chart's `Canvas type="2d"` in WeChat and H5: found once it is on screen, sized by its box and scaled by the
 * pixel ratio, painted again when what it shows changes (and in H5 when the window does); a tap selects a category.
 */
export function useChartCanvas({ id, labels, series, height, formatValue }: Required<ChartData>) {
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

  return { selected, onTap };
}
