import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useResource } from '../../../lib/use-resource';
import { getOverview } from '../api/console';
import { type DateRange, type QuickRange, quickRange, readCustomRange } from '../dashboard-words';

export type RangeMode = QuickRange | 'custom';

/**
 * 数据看板: the chosen range (近 7/30/90 天 or typed dates) and the overview for it, read again on coming back and on
 * pull-down. An answer for a range no longer chosen is dropped (useResource keeps the last call's).
 */
export function useDashboard(now: () => number = Date.now) {
  const [mode, setMode] = useState<RangeMode>(30);
  const [range, setRange] = useState<DateRange>(() => quickRange(30, now()));
  const [customFrom, setCustomFrom] = useState(range.from);
  const [customTo, setCustomTo] = useState(range.to);
  const [customErrors, setCustomErrors] = useState<{ from?: string; to?: string }>({});
  const rangeRef = useRef(range);
  rangeRef.current = range;
  const overview = useResource(() => getOverview(rangeRef.current), { immediate: false });
  const { reload } = overview;

  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new range is the trigger; the fetcher reads it through rangeRef
  useEffect(() => {
    void reload();
  }, [range, reload]);

  const chooseQuick = useCallback(
    (days: QuickRange) => {
      setMode(days);
      setCustomErrors({});
      const next = quickRange(days, now());
      setRange((current) => (current.from === next.from && current.to === next.to ? current : next));
    },
    [now],
  );

  const applyCustom = useCallback(() => {
    const read = readCustomRange(customFrom, customTo, now());
    if (!read.ok) {
      setCustomErrors(read.errors);
      return;
    }
    setCustomErrors({});
    setRange(read.range);
  }, [customFrom, customTo, now]);

  return {
    mode,
    range,
    overview,
    chooseQuick,
    chooseCustom: () => setMode('custom'),
    customFrom,
    customTo,
    setCustomFrom: (value: string) => {
      setCustomFrom(value);
      setCustomErrors({});
    },
    setCustomTo: (value: string) => {
      setCustomTo(value);
      setCustomErrors({});
    },
    customErrors,
    applyCustom,
  };
}
